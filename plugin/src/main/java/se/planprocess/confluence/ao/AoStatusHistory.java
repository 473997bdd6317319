package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.tracker.StatusHistory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Status changes of many documents in one query per {@value #CHUNK} documents ({@code DOCUMENT_ID IN (…)} on the
 * indexed column), never one query per document. Only the columns of {@link #COLUMNS} are read, as read-only rows
 * ({@code ActiveObjects.stream}): {@code find} would read every column, since {@code @Preload} on the entity adds them
 * all to any select, including the history's comments and section lists (unlimited text) that a tracker never shows.
 */
public class AoStatusHistory implements StatusHistory {
    static final int CHUNK = 500;

    /** What a status change is to the tracker: which document, which version, from which status to which, when. */
    static final String COLUMNS = "ID, DOCUMENT_ID, SEQ, CHANGE_TYPE, FROM_VALUE, TO_VALUE, CHANGED_AT";

    private final ActiveObjects ao;

    public AoStatusHistory(ActiveObjects ao) {
        this.ao = ao;
    }

    /**
     * The changes carry document, version, type, from and to status and time; their actor, comment and section
     * fields are empty (not read). A streamed row holds only the columns of {@link #COLUMNS}.
     */
    @Override
    public Map<Long, List<DocumentChange>> statusChanges(Collection<Long> documentIds) {
        Map<Long, List<DocumentChange>> byDocument = new HashMap<>();
        List<Long> ids = List.copyOf(documentIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            Object[] parameters = new Object[chunk.size() + 1];
            parameters[0] = ChangeType.STATUS.name();
            for (int i = 0; i < chunk.size(); i++) {
                parameters[i + 1] = chunk.get(i).intValue();
            }
            String in = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            ao.stream(AoDocChange.class, Query.select(COLUMNS)
                            .where("CHANGE_TYPE = ? AND DOCUMENT_ID IN (" + in + ")", parameters)
                            .order("DOCUMENT_ID ASC, SEQ ASC"),
                    row -> byDocument.computeIfAbsent((long) row.getDocumentId(), k -> new ArrayList<>())
                            .add(statusChange(row)));
        }
        return byDocument;
    }

    private static DocumentChange statusChange(AoDocChange row) {
        return new DocumentChange(row.getDocumentId(), row.getSeq(), ChangeType.valueOf(row.getChangeType()),
                row.getFromValue(), row.getToValue(), null, null, "", "", Instant.ofEpochMilli(row.getChangedAt()));
    }
}
