package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import se.planprocess.confluence.calendar.EventRevisions;
import se.planprocess.confluence.calendar.Revision;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Event revisions in Active Objects ({@link AoCalendarItem}): one query per {@value #CHUNK} UIDs to read, one
 * statement per new or changed event to write (only when something changed). Two nodes that see a new event at
 * once both try to insert it; the unique UID refuses the second, which then reads the first one's row.
 */
public final class AoEventRevisions implements EventRevisions {
    static final int CHUNK = 500;
    private static final int ATTEMPTS = 3;

    private final ActiveObjects ao;

    public AoEventRevisions(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Map<String, Revision> revise(Map<String, String> fingerprints, Instant now) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return ao.executeInTransaction(() -> reviseOnce(fingerprints, now));
            } catch (RuntimeException e) {
                last = e; // most likely another node inserted the same new UID: read again
            }
        }
        throw last;
    }

    private Map<String, Revision> reviseOnce(Map<String, String> fingerprints, Instant now) {
        Map<String, AoCalendarItem> stored = find(new ArrayList<>(fingerprints.keySet()));
        Map<String, Revision> revisions = new HashMap<>();
        for (Map.Entry<String, String> e : fingerprints.entrySet()) {
            AoCalendarItem row = stored.get(e.getKey());
            if (row == null) {
                Map<String, Object> values = new HashMap<>();
                values.put("EVENT_UID", e.getKey());
                values.put("FINGERPRINT", e.getValue());
                values.put("REVISION", 0);
                values.put("MODIFIED_AT", now.toEpochMilli());
                row = ao.create(AoCalendarItem.class, values);
            } else if (!row.getFingerprint().equals(e.getValue())) {
                row.setFingerprint(e.getValue());
                row.setRevision(row.getRevision() + 1);
                row.setModifiedAt(now.toEpochMilli());
                row.save();
            }
            revisions.put(e.getKey(), new Revision(row.getRevision(), Instant.ofEpochMilli(row.getModifiedAt())));
        }
        return revisions;
    }

    private Map<String, AoCalendarItem> find(List<String> uids) {
        Map<String, AoCalendarItem> found = new HashMap<>();
        for (int from = 0; from < uids.size(); from += CHUNK) {
            List<String> chunk = uids.subList(from, Math.min(uids.size(), from + CHUNK));
            String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
            for (AoCalendarItem row : ao.find(AoCalendarItem.class,
                    Query.select().where("EVENT_UID IN (" + marks + ")", chunk.toArray()))) {
                found.put(row.getEventUid(), row);
            }
        }
        return found;
    }
}
