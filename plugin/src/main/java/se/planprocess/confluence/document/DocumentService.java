package se.planprocess.confluence.document;

import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.UserText;
import se.planprocess.confluence.report.Readiness;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.sections.SectionTemplates;
import se.planprocess.confluence.sections.TemplateSet;
import se.planprocess.confluence.workflow.Workflow;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Registers pages as process documents and changes them: status along the kind's workflow, section readiness, and
 * the page's own life in Confluence (title, space, trash). Every change is one new version with one history entry;
 * a change based on an older version is refused. What a kind allows (workflow, scope, sections) comes from its
 * specification in the {@link KindCatalogue}.
 */
public final class DocumentService {
    public static final int MAX_COMMENT_LENGTH = 2000;
    private static final int LIFECYCLE_ATTEMPTS = 5;

    private final DocumentRepository documents;
    private final CommitteeRepository committees;
    private final KindCatalogue kinds;
    private final SectionTemplates sections;
    private final Clock clock;

    /** A service that serves only the kinds' built-in section templates (tests, tools). */
    public DocumentService(DocumentRepository documents, CommitteeRepository committees, KindCatalogue kinds,
                           Clock clock) {
        this(documents, committees, kinds, SectionTemplates.builtIn(kinds), clock);
    }

    /** The app's service: a document's sections are those of its version, built in or configured. */
    public DocumentService(DocumentRepository documents, CommitteeRepository committees, KindCatalogue kinds,
                           SectionTemplates sections, Clock clock) {
        this.documents = documents;
        this.committees = committees;
        this.kinds = kinds;
        this.sections = sections;
        this.clock = clock;
    }

    /** The section templates in force now (one read of the configured ones): read once per request, never keep. */
    public TemplateSet templates() {
        return sections.current();
    }

    /** The kinds of document this service registers. */
    public KindCatalogue kinds() {
        return kinds;
    }

    public Optional<TrackedDocument> byPage(long pageId) {
        return documents.findByPageId(pageId);
    }

    public TrackedDocument requireByPage(long pageId) {
        return documents.findByPageId(pageId).orElseThrow(() -> new DocumentException(Problem.NOT_TRACKED));
    }

    public List<DocumentChange> history(long documentId) {
        return documents.history(documentId);
    }

    public Optional<DocumentChange> lastChange(long documentId) {
        return documents.lastChange(documentId);
    }

    /**
     * Registers a page. The committee is the one owning the page's space, or none. For a kind with one document
     * per committee (or region) and cycle, a second page is refused with {@link Problem#DUPLICATE} naming the
     * existing page; a kind without a specification is refused as invalid input ({@code kind}).
     */
    public TrackedDocument register(long pageId, String spaceKey, String title, DocumentKind kind, long cycleId,
                                    String templateVersion, Actor actor) {
        return register(pageId, spaceKey, title, kind, cycleId, null, templateVersion, actor);
    }

    /**
     * Registers a page for a committee chosen by the user (the blueprint wizard); {@code chosenCommitteeId} null
     * means the committee owning the page's space.
     */
    public TrackedDocument register(long pageId, String spaceKey, String title, DocumentKind kind, long cycleId,
                                    Long chosenCommitteeId, String templateVersion, Actor actor) {
        return register(pageId, spaceKey, title, kind, cycleId, chosenCommitteeId, templateVersion, actor, null);
    }

    /**
     * Registers a page found by the index rebuild for the committee owning its space (or none), with {@code note}
     * as the registration entry's comment, so its history says where it came from.
     */
    public TrackedDocument registerFound(long pageId, String spaceKey, String title, DocumentKind kind, long cycleId,
                                         String templateVersion, Actor actor, String note) {
        return register(pageId, spaceKey, title, kind, cycleId, null, templateVersion, actor, note);
    }

    private TrackedDocument register(long pageId, String spaceKey, String title, DocumentKind kind, long cycleId,
                                     Long chosenCommitteeId, String templateVersion, Actor actor, String note) {
        Optional<TrackedDocument> existing = documents.findByPageId(pageId);
        if (existing.isPresent()) {
            return existing.get();
        }
        KindSpecification specification = kinds.find(kind)
                .orElseThrow(() -> new DocumentException(Problem.INVALID_INPUT, "kind"));
        Long committeeId = chosenCommitteeId != null ? chosenCommitteeId
                : committees.findBySpaceKey(spaceKey).map(Committee::id).orElse(null);
        Optional<TrackedDocument> taken = singletonSlot(kind, cycleId, committeeId);
        if (taken.isPresent()) {
            throw new DocumentException(Problem.DUPLICATE, taken.get().pageId());
        }
        Instant now = clock.instant();
        String initial = specification.workflow().initial().key();
        TrackedDocument document = new TrackedDocument(0, pageId, spaceKey, title, kind, cycleId, committeeId, initial,
                Set.of(), 1, TrackedDocument.State.ACTIVE, templateVersion, now, actor.displayName());
        return documents.insert(document, DocumentChange.of(ChangeType.REGISTERED, null, initial, null, note, actor, now));
    }

    /** The document already holding the single slot of a kind for a committee (or the region), if any. */
    public Optional<TrackedDocument> singletonSlot(DocumentKind kind, long cycleId, Long committeeId) {
        return switch (kinds.require(kind).scope()) {
            case COMMITTEE -> committeeId == null ? Optional.empty()
                    : documents.findSingleton(kind, cycleId, committeeId);
            case REGION -> documents.findSingleton(kind, cycleId, null);
            case MANY -> Optional.empty();
        };
    }

    /**
     * Moves the document one step along its workflow, or one step back with a comment; a step into the kind's
     * ready-by status with sections not ready is refused (see the overload with {@code confirmNotReady}).
     */
    public TrackedDocument changeStatus(long pageId, long expectedVersion, String targetStatus, String comment,
                                        Actor actor) {
        return changeStatus(pageId, expectedVersion, targetStatus, comment, false, actor);
    }

    /**
     * Moves the document one step along its workflow, or one step back with a comment. A step forward into the
     * status by which the kind's sections are meant to be ready ({@link KindSpecification#readyBy()}, "Inskickad"
     * for the feedback report) while sections are not ready is refused with {@link NotReadySectionsException}, naming
     * them, unless {@code confirmNotReady}; then the history entry records the sections that were not ready.
     */
    public TrackedDocument changeStatus(long pageId, long expectedVersion, String targetStatus, String comment,
                                        boolean confirmNotReady, Actor actor) {
        String cleanComment = cleanComment(comment);
        TrackedDocument current = requireActive(pageId);
        checkVersion(current, expectedVersion);
        KindSpecification specification = kinds.require(current.kind());
        Workflow workflow = specification.workflow();
        Workflow.Decision decision = workflow.check(current.status(), targetStatus, cleanComment, actor.processOwner());
        if (!decision.isAllowed()) {
            throw new DocumentException(Problem.valueOf(decision.refusal().name()));
        }
        Instant now = clock.instant();
        DocumentChange change = DocumentChange.of(ChangeType.STATUS, current.status(), targetStatus, null,
                cleanComment, actor, now);
        List<ReportSection> notReady = notReadyBefore(specification, current, targetStatus);
        if (!notReady.isEmpty()) {
            int total = templateOf(current).map(t -> t.sections().size()).orElse(0);
            if (!confirmNotReady) {
                throw new NotReadySectionsException(notReady, total,
                        specification.statusOf(targetStatus).name());
            }
            change = change.withNotReadySections(notReady.stream().map(ReportSection::key).toList(), total);
        }
        TrackedDocument updated = current.withStatus(targetStatus).changedBy(actor, now);
        return documents.update(updated, expectedVersion, change);
    }

    /**
     * The sections not ready that a move of the document into {@code targetStatus} would leave behind, when that
     * move enters the kind's ready-by status; otherwise none.
     */
    public List<ReportSection> notReadyBefore(TrackedDocument document, String targetStatus) {
        return notReadyBefore(kinds.require(document.kind()), document, targetStatus);
    }

    private List<ReportSection> notReadyBefore(KindSpecification specification, TrackedDocument document,
                                               String targetStatus) {
        if (!specification.entersReadyBy(document.status(), targetStatus)) {
            return List.of();
        }
        return templateOf(document)
                .map(t -> new Readiness(t, document.readySections()))
                .map(r -> r.sections().stream().filter(s -> !r.isReady(s.key())).toList())
                .orElse(List.of());
    }

    /** Marks one section of a document ready or not ready; for a kind with sections only. */
    public TrackedDocument markSection(long pageId, long expectedVersion, String sectionKey, boolean ready,
                                       String comment, Actor actor) {
        String cleanComment = cleanComment(comment);
        TrackedDocument current = requireActive(pageId);
        checkVersion(current, expectedVersion);
        ReportTemplate template = templateOf(current)
                .orElseThrow(() -> new DocumentException(Problem.NO_SECTIONS));
        if (template.section(sectionKey).isEmpty()) {
            throw new DocumentException(Problem.UNKNOWN_SECTION, String.valueOf(sectionKey));
        }
        boolean wasReady = current.readySections().contains(sectionKey);
        if (wasReady == ready) {
            throw new DocumentException(Problem.SAME_STATUS);
        }
        Set<String> sections = new LinkedHashSet<>(current.readySections());
        if (ready) {
            sections.add(sectionKey);
        } else {
            sections.remove(sectionKey);
        }
        Instant now = clock.instant();
        TrackedDocument updated = current.withReadySections(sections).changedBy(actor, now);
        return documents.update(updated, expectedVersion, DocumentChange.of(ChangeType.SECTION,
                readiness(wasReady), readiness(ready), sectionKey, cleanComment, actor, now));
    }

    /**
     * The sections the document is written against: its version's (built in or configured), the kind's current one
     * when the version is unknown; empty for a kind without sections. One read of the configured versions.
     */
    public Optional<ReportTemplate> templateOf(TrackedDocument document) {
        return templateOf(document, templates());
    }

    /** The sections the document is written against, from templates already read. */
    public static Optional<ReportTemplate> templateOf(TrackedDocument document, TemplateSet templates) {
        return templates.templateFor(document.kind(), document.templateVersion());
    }

    public void pageRenamed(long pageId, String newTitle, Actor actor) {
        pageRenamed(pageId, newTitle, actor, null);
    }

    /**
     * The page's title changed; {@code note} is the history entry's comment (the index rebuild says so there).
     * Returns whether the document changed (false when it already had that title or is not tracked).
     */
    public boolean pageRenamed(long pageId, String newTitle, Actor actor, String note) {
        return lifecycleChange(pageId, actor, d -> Objects.equals(d.title(), newTitle) ? null : d.withTitle(newTitle),
                (before, after) -> DocumentChange.of(ChangeType.TITLE, before.title(), after.title(), null, note,
                        actor, clock.instant()));
    }

    /**
     * The page moved to another space: the document follows the committee owning that space, or becomes
     * unassigned (visibly) when no committee owns it or that committee already has its single document.
     */
    public void pageMoved(long pageId, String newSpaceKey, Actor actor) {
        pageMoved(pageId, newSpaceKey, actor, null);
    }

    /**
     * As {@link #pageMoved(long, String, Actor)}, with {@code note} as the entry's comment unless the document became
     * unassigned (the comment then says "unassigned", as always). Returns whether the document changed.
     */
    public boolean pageMoved(long pageId, String newSpaceKey, Actor actor, String note) {
        return lifecycleChange(pageId, actor, d -> {
            if (Objects.equals(d.spaceKey(), newSpaceKey)) {
                return null;
            }
            Long committeeId = committees.findBySpaceKey(newSpaceKey).map(Committee::id).orElse(null);
            if (committeeId != null && singletonSlot(d.kind(), d.cycleId(), committeeId)
                    .filter(other -> other.id() != d.id()).isPresent()) {
                committeeId = null;
            }
            return d.withLocation(newSpaceKey, committeeId);
        }, (before, after) -> DocumentChange.of(ChangeType.MOVED, before.spaceKey(), after.spaceKey(), null,
                after.committeeId() == null ? "unassigned" : note, actor, clock.instant()));
    }

    public void pageTrashed(long pageId, Actor actor) {
        pageTrashed(pageId, actor, null);
    }

    /** The page is in the trash; {@code note} is the entry's comment. Returns whether the document changed. */
    public boolean pageTrashed(long pageId, Actor actor, String note) {
        return lifecycleChange(pageId, actor,
                d -> d.isActive() ? d.withState(TrackedDocument.State.TRASHED) : null,
                (before, after) -> DocumentChange.of(ChangeType.TRASHED, null, null, null, note, actor, clock.instant()));
    }

    public void pageRestored(long pageId, Actor actor) {
        pageRestored(pageId, actor, null);
    }

    /** The page is back from the trash; {@code note} is the entry's comment. Returns whether the document changed. */
    public boolean pageRestored(long pageId, Actor actor, String note) {
        return lifecycleChange(pageId, actor,
                d -> d.isActive() ? null : d.withState(TrackedDocument.State.ACTIVE),
                (before, after) -> DocumentChange.of(ChangeType.RESTORED, null, null, null, note, actor, clock.instant()));
    }

    /** The page is gone for good: so are its registration and history. Returns whether there was one. */
    public boolean pagePurged(long pageId) {
        Optional<TrackedDocument> document = documents.findByPageId(pageId);
        document.ifPresent(d -> documents.delete(d.id()));
        return document.isPresent();
    }

    /** Every document, active or trashed, {@code limit} at a time in id order after the document {@code afterId}. */
    public List<TrackedDocument> batchAfter(long afterId, int limit) {
        return documents.findAfter(afterId, limit);
    }

    public void spaceRemoved(String spaceKey) {
        for (TrackedDocument document : documents.findBySpace(spaceKey)) {
            documents.delete(document.id());
        }
        committees.findBySpaceKey(spaceKey).ifPresent(c ->
                committees.save(new Committee(c.id(), c.name(), c.shortName(), null, c.active())));
    }

    /**
     * One change of the page's life, in one small transaction, based on the version just read: when someone else
     * changes the document in between, the change is read again and applied to what they stored (never over it).
     */
    private boolean lifecycleChange(long pageId, Actor actor, UnaryOperator<TrackedDocument> change,
                                    HistoryEntry entry) {
        for (int attempt = 1; ; attempt++) {
            Optional<TrackedDocument> found = documents.findByPageId(pageId);
            if (found.isEmpty()) {
                return false;
            }
            TrackedDocument current = found.get();
            TrackedDocument changed = change.apply(current);
            if (changed == null) {
                return false;
            }
            TrackedDocument updated = changed.changedBy(actor, clock.instant());
            try {
                documents.update(updated, current.version(), entry.of(current, updated));
                return true;
            } catch (StaleVersionException e) {
                if (attempt == LIFECYCLE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @FunctionalInterface
    private interface HistoryEntry {
        DocumentChange of(TrackedDocument before, TrackedDocument after);
    }

    private TrackedDocument requireActive(long pageId) {
        TrackedDocument document = requireByPage(pageId);
        if (!document.isActive()) {
            throw new DocumentException(Problem.NOT_TRACKED);
        }
        return document;
    }

    private void checkVersion(TrackedDocument current, long expectedVersion) {
        if (current.version() != expectedVersion) {
            throw new StaleVersionException(documents.lastChange(current.id()).orElse(null));
        }
    }

    /**
     * A comment as stored: line breaks as LF, no other control characters (refused, see {@link UserText#comment}),
     * no surrounding whitespace, at most {@value #MAX_COMMENT_LENGTH} characters; null when empty.
     */
    private static String cleanComment(String comment) {
        String trimmed = UserText.comment(comment, "comment");
        if (trimmed == null) {
            return null;
        }
        if (trimmed.length() > MAX_COMMENT_LENGTH) {
            throw new DocumentException(Problem.COMMENT_TOO_LONG, MAX_COMMENT_LENGTH);
        }
        return trimmed;
    }

    private static String readiness(boolean ready) {
        return ready ? "ready" : "not-ready";
    }
}
