package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.tracker.StatusHistory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Status changes of many documents in one query per {@value #CHUNK} documents ({@code DOCUMENT_ID IN (…)} on the
 * indexed column, the ids as literal numbers in ascending order; at most {@value #CHUNK}, under Oracle's 1,000), never
 * one query per document.
 */
public class AoStatusHistory implements StatusHistory {
    static final int CHUNK = 500;

    private final ActiveObjects ao;

    public AoStatusHistory(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<Long, List<DocumentChange>> statusChanges(Collection<Long> documentIds) {
        Map<Long, List<DocumentChange>> byDocument = new HashMap<>();
        // in the index's order: H2 checks each row against the IN list in the list's order
        List<Long> ids = documentIds.stream().distinct().sorted().toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            // the ids as literal numbers (a long prints only digits): H2 looks a row up in a constant IN list's hash
            // set, where it checks a row against a list of parameters value by value
            StringBuilder in = new StringBuilder();
            for (Long id : chunk) {
                in.append(in.length() == 0 ? "" : ",").append(id.longValue());
            }
            // read-only rows (AO's stream), in the query's order
            ao.stream(AoDocChange.class, Query.select(AoDocumentRepository.CHANGE_COLUMNS)
                    .where("CHANGE_TYPE = ? AND DOCUMENT_ID IN (" + in + ")", ChangeType.STATUS.name())
                    .order("DOCUMENT_ID ASC, SEQ ASC"), row -> byDocument.computeIfAbsent((long) row.getDocumentId(),
                    k -> new ArrayList<>()).add(AoDocumentRepository.toDomain(row)));
        }
        return byDocument;
    }
}
