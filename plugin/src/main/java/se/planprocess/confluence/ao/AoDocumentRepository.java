package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.DocumentRepository;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.document.StaleVersionException;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tracked documents and their history in Active Objects. Optimistic locking holds across cluster nodes because the
 * database enforces it: each change inserts history row "documentId:version" into a unique column before the
 * document row is updated, so of two writers starting from the same version only one can commit.
 */
public final class AoDocumentRepository implements DocumentRepository {
    /** AO refuses '' in a NOT NULL column: the empty key of {@code Actor.SYSTEM} is stored as this instead. */
    private static final String EMPTY_ACTOR_KEY = "#none";

    private static final int TRANSIENT_ATTEMPTS = 3;

    private final ActiveObjects ao;
    private final KindCatalogue kinds;

    public AoDocumentRepository(ActiveObjects ao, KindCatalogue kinds) {
        this.ao = ao;
        this.kinds = kinds;
    }

    @Override
    public Optional<TrackedDocument> findByPageId(long pageId) {
        AoTrackedDoc[] rows = ao.find(AoTrackedDoc.class, Query.select().where("PAGE_ID = ?", pageId));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public Optional<TrackedDocument> findSingleton(DocumentKind kind, long cycleId, Long committeeId) {
        AoTrackedDoc[] rows = ao.find(AoTrackedDoc.class,
                Query.select().where("SLOT_KEY = ?", slotKey(kind, cycleId, committeeId)));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public List<TrackedDocument> findActiveByCycle(long cycleId) {
        return Arrays.stream(ao.find(AoTrackedDoc.class, Query.select()
                        .where("CYCLE_ID = ? AND STATE = ?", (int) cycleId, TrackedDocument.State.ACTIVE.name())))
                .map(AoDocumentRepository::toDomain)
                .toList();
    }

    /**
     * {@code CYCLE_ID = ? AND KIND IN (…) AND STATE = ?}, served by the index on ({@code CYCLE_ID}, {@code KIND}). A
     * kind is looked for under both spellings a row may hold: its key, and the upper-case constant name of earlier
     * versions ({@code FEEDBACK_REPORT}), which {@link DocumentKind#fromKey} reads as the key.
     */
    @Override
    public List<TrackedDocument> findActiveByCycle(long cycleId, Set<DocumentKind> kinds) {
        if (kinds.isEmpty()) {
            return List.of();
        }
        List<String> stored = kinds.stream().flatMap(k -> storedKinds(k).stream()).distinct().sorted().toList();
        Object[] parameters = new Object[stored.size() + 2];
        parameters[0] = (int) cycleId;
        for (int i = 0; i < stored.size(); i++) {
            parameters[i + 1] = stored.get(i);
        }
        parameters[stored.size() + 1] = TrackedDocument.State.ACTIVE.name();
        String in = String.join(",", java.util.Collections.nCopies(stored.size(), "?"));
        // read-only rows (AO's stream): the tracker reads these on every render and changes none of them
        List<TrackedDocument> found = new ArrayList<>();
        ao.stream(AoTrackedDoc.class, Query.select(DOC_COLUMNS)
                        .where("CYCLE_ID = ? AND KIND IN (" + in + ") AND STATE = ?", parameters),
                row -> found.add(toDomain(row)));
        return found;
    }

    /** The values of {@code KIND} that read as this kind: the key, and the constant name rows of earlier versions hold. */
    static List<String> storedKinds(DocumentKind kind) {
        return List.of(kind.key(), kind.key().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }

    @Override
    public List<TrackedDocument> findBySpace(String spaceKey) {
        return Arrays.stream(ao.find(AoTrackedDoc.class, Query.select().where("SPACE_KEY = ?", spaceKey)))
                .map(AoDocumentRepository::toDomain)
                .toList();
    }

    @Override
    public List<TrackedDocument> findAfter(long afterId, int limit) {
        return Arrays.stream(ao.find(AoTrackedDoc.class, Query.select().where("ID > ?", (int) afterId)
                        .order("ID ASC").limit(limit)))
                .map(AoDocumentRepository::toDomain)
                .toList();
    }

    @Override
    public TrackedDocument insert(TrackedDocument document, DocumentChange registration) {
        try {
            return ao.executeInTransaction(() -> {
                Map<String, Object> values = new HashMap<>();
                values.put("PAGE_ID", document.pageId());
                values.put("KIND", document.kind().key());
                values.put("STATUS", document.status());
                values.put("STATE", document.state().name());
                values.put("CYCLE_ID", (int) document.cycleId());
                values.put("SLOT_KEY", slotKeyOf(document));
                AoTrackedDoc row = ao.create(AoTrackedDoc.class, values);
                copy(document, row, 1);
                row.save();
                appendHistory(row.getID(), 1, registration);
                return toDomain(row);
            });
        } catch (RuntimeException e) {
            Optional<TrackedDocument> holder = findByPageId(document.pageId())
                    .or(() -> hasSlot(document) ? findSingleton(document.kind(), document.cycleId(),
                            document.committeeId()) : Optional.empty());
            if (holder.isPresent()) {
                throw new DocumentException(Problem.DUPLICATE, holder.get().pageId());
            }
            throw e;
        }
    }

    @Override
    public TrackedDocument update(TrackedDocument updated, long expectedVersion, DocumentChange change) {
        for (int attempt = 1; ; attempt++) {
            try {
                return updateOnce(updated, expectedVersion, change);
            } catch (TransientFailure e) {
                if (attempt == TRANSIENT_ATTEMPTS) {
                    throw e.cause;
                }
            }
        }
    }

    /**
     * One attempt. A failure of the database that is not about this document (a serialization failure or deadlock,
     * SQLSTATE class 40, possible when a database runs stricter isolation than Confluence's default) is retried by
     * {@link #update}; a changed version is a conflict.
     */
    private TrackedDocument updateOnce(TrackedDocument updated, long expectedVersion, DocumentChange change) {
        long nextVersion = expectedVersion + 1;
        try {
            return ao.executeInTransaction(() -> {
                AoTrackedDoc row = ao.get(AoTrackedDoc.class, (int) updated.id());
                if (row == null) {
                    throw new DocumentException(Problem.NOT_TRACKED);
                }
                if (row.getDocVersion() != expectedVersion) {
                    throw new StaleVersionException(lastChange(updated.id()).orElse(null));
                }
                appendHistory(row.getID(), nextVersion, change);
                copy(updated, row, nextVersion);
                row.setSlotKey(slotKeyOf(updated));
                row.save();
                return toDomain(row);
            });
        } catch (DocumentException e) {
            throw e;
        } catch (RuntimeException e) {
            AoTrackedDoc row = ao.get(AoTrackedDoc.class, (int) updated.id());
            if (row != null && row.getDocVersion() != expectedVersion) {
                throw new StaleVersionException(lastChange(updated.id()).orElse(null));
            }
            if (isTransactionRollback(e)) {
                throw new TransientFailure(e);
            }
            throw e;
        }
    }

    private static boolean isTransactionRollback(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("40")) {
                return true;
            }
        }
        return false;
    }

    /** A retryable database failure of one attempt. */
    private static final class TransientFailure extends RuntimeException {
        private final RuntimeException cause;

        TransientFailure(RuntimeException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    @Override
    public List<DocumentChange> history(long documentId) {
        return Arrays.stream(ao.find(AoDocChange.class,
                        Query.select().where("DOCUMENT_ID = ?", (int) documentId).order("SEQ ASC")))
                .map(AoDocumentRepository::toDomain)
                .toList();
    }

    @Override
    public Optional<DocumentChange> lastChange(long documentId) {
        AoDocChange[] rows = ao.find(AoDocChange.class,
                Query.select().where("DOCUMENT_ID = ?", (int) documentId).order("SEQ DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(toDomain(rows[0]));
    }

    @Override
    public void delete(long documentId) {
        ao.executeInTransaction(() -> {
            ao.deleteWithSQL(AoDocChange.class, "DOCUMENT_ID = ?", (int) documentId);
            ao.deleteWithSQL(AoTrackedDoc.class, "ID = ?", (int) documentId);
            return null;
        });
    }

    private void appendHistory(int documentId, long seq, DocumentChange change) {
        Map<String, Object> values = new HashMap<>();
        values.put("DOCUMENT_ID", documentId);
        values.put("SEQ", seq);
        values.put("CHANGE_KEY", documentId + ":" + seq);
        values.put("CHANGE_TYPE", change.type().name());
        values.put("FROM_VALUE", change.fromValue());
        values.put("TO_VALUE", change.toValue());
        values.put("SECTION_KEY", change.sectionKey());
        values.put("COMMENT", change.comment());
        values.put("ACTOR_KEY", change.actorKey().isEmpty() ? EMPTY_ACTOR_KEY : change.actorKey());
        values.put("ACTOR_NAME", change.actorName());
        values.put("CHANGED_AT", change.at().toEpochMilli());
        if (change.hadNotReadySections()) {
            values.put("NOT_READY_SECTIONS", String.join(",", change.notReadySections()));
            values.put("SECTION_COUNT", change.sectionCount());
        }
        ao.create(AoDocChange.class, values);
    }

    private static void copy(TrackedDocument document, AoTrackedDoc row, long version) {
        row.setSpaceKey(document.spaceKey());
        row.setTitle(truncate(document.title(), 255));
        row.setKind(document.kind().key());
        row.setCycleId((int) document.cycleId());
        row.setCommitteeId(document.committeeId() == null ? null : document.committeeId().intValue());
        row.setStatus(document.status());
        row.setReadySections(String.join(",", document.readySections().stream().sorted().toList()));
        row.setDocVersion(version);
        row.setState(document.state().name());
        row.setTemplateVersion(document.templateVersion());
        row.setUpdatedAt(document.updatedAt() == null ? 0 : document.updatedAt().toEpochMilli());
        row.setUpdatedBy(truncate(document.updatedBy(), 255));
    }

    /**
     * The unique slot of a one-per-committee (or one-per-region) document, by its kind's scope. A document without a
     * slot (a kind with many, or unassigned) holds a slot of its own page instead of null, because AO makes a
     * {@code @Unique} column NOT NULL. The keys are those stored since the first version.
     */
    String slotKeyOf(TrackedDocument document) {
        return switch (kinds.require(document.kind()).scope()) {
            case COMMITTEE -> document.committeeId() == null ? ownSlot(document)
                    : slotKey(document.kind(), document.cycleId(), document.committeeId());
            case REGION -> slotKey(document.kind(), document.cycleId(), null);
            case MANY -> ownSlot(document);
        };
    }

    private boolean hasSlot(TrackedDocument document) {
        return !slotKeyOf(document).equals(ownSlot(document));
    }

    private static String ownSlot(TrackedDocument document) {
        return "page:" + document.pageId();
    }

    private static String slotKey(DocumentKind kind, long cycleId, Long committeeId) {
        return kind.key() + ":" + cycleId + ":" + (committeeId == null ? "-" : committeeId);
    }

    /** Every column {@link #toDomain(AoTrackedDoc)} reads: AO's read-only stream fills only the columns selected. */
    static final String DOC_COLUMNS = "ID, PAGE_ID, SPACE_KEY, TITLE, KIND, CYCLE_ID, COMMITTEE_ID, STATUS,"
            + " READY_SECTIONS, DOC_VERSION, STATE, TEMPLATE_VERSION, UPDATED_AT, UPDATED_BY";

    /** Every column {@link #toDomain(AoDocChange)} reads. */
    static final String CHANGE_COLUMNS = "ID, DOCUMENT_ID, SEQ, CHANGE_TYPE, FROM_VALUE, TO_VALUE, SECTION_KEY, COMMENT,"
            + " ACTOR_KEY, ACTOR_NAME, CHANGED_AT, NOT_READY_SECTIONS, SECTION_COUNT";

    private static TrackedDocument toDomain(AoTrackedDoc row) {
        Set<String> ready = new LinkedHashSet<>();
        if (row.getReadySections() != null) {
            for (String key : row.getReadySections().split(",")) {
                if (!key.isBlank()) {
                    ready.add(key);
                }
            }
        }
        return new TrackedDocument(row.getID(), row.getPageId(), row.getSpaceKey(), row.getTitle(),
                DocumentKind.fromKey(row.getKind()).orElseThrow(() -> new IllegalStateException("Bad kind in row " + row.getID())), row.getCycleId(),
                row.getCommitteeId() == null ? null : row.getCommitteeId().longValue(), row.getStatus(), ready,
                row.getDocVersion(), TrackedDocument.State.valueOf(row.getState()), row.getTemplateVersion(),
                Instant.ofEpochMilli(row.getUpdatedAt()), row.getUpdatedBy());
    }

    /** A history row as the domain's change; also used by {@link AoStatusHistory}. */
    static DocumentChange toDomain(AoDocChange row) {
        List<String> notReady = keys(row.getNotReadySections());
        int sectionCount = Math.max(row.getSectionCount() == null ? 0 : row.getSectionCount(), notReady.size());
        return new DocumentChange(row.getDocumentId(), row.getSeq(), ChangeType.valueOf(row.getChangeType()),
                row.getFromValue(), row.getToValue(), row.getSectionKey(), row.getComment(),
                EMPTY_ACTOR_KEY.equals(row.getActorKey()) ? "" : row.getActorKey(),
                row.getActorName(), Instant.ofEpochMilli(row.getChangedAt()), notReady, sectionCount);
    }

    /** Comma-separated keys as a list; null (a row from before the column) or empty is none. */
    private static List<String> keys(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).filter(k -> !k.isBlank()).toList();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
