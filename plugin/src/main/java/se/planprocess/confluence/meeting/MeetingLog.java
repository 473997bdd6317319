package se.planprocess.confluence.meeting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.planprocess.confluence.document.DocumentRepository;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.tracker.TrackerViewer;

/**
 * A cycle's meetings for one viewer, in date order, each with its decisions and actions; and the open actions of those
 * meetings. Read in a fixed number of queries whatever the number of meetings: the cycle's meeting pages (one index
 * read), the viewer's permission on all of them (one question), their registrations (one read), their decisions and
 * their actions (one read each per 500 meetings). A meeting on a page the viewer may not see is dropped before
 * anything is filtered, read or counted, so it gives no row, no title and no count.
 */
public final class MeetingLog {
    /** What the log shows of a cycle's meetings: each criterion empty (null) means any. */
    public record Filter(String kind, String phase, Long committeeId, LocalDate from, LocalDate to) {
        public static final Filter ALL = new Filter(null, null, null, null, null);

        boolean admits(RegisteredMeeting meeting) {
            return (kind == null || kind.equals(meeting.kind()))
                    && (phase == null || phase.equals(meeting.phase()))
                    && (committeeId == null || committeeId.equals(meeting.committeeId()))
                    && (from == null || !meeting.date().isBefore(from))
                    && (to == null || !meeting.date().isAfter(to));
        }
    }

    /** One meeting the viewer may see: its registration, its page's document, its decisions and actions. */
    public record Entry(RegisteredMeeting meeting, TrackedDocument document, List<Decision> decisions,
                        List<MeetingAction> actions) {
        public Entry {
            decisions = List.copyOf(decisions);
            actions = List.copyOf(actions);
        }

        public List<MeetingAction> openActions() {
            return actions.stream().filter(a -> !a.isDone()).toList();
        }
    }

    /** An open action with the meeting it was agreed at. */
    public record OpenAction(MeetingAction action, Entry meeting) {
    }

    private final DocumentRepository documents;
    private final MeetingRepository meetings;

    public MeetingLog(DocumentRepository documents, MeetingRepository meetings) {
        this.documents = documents;
        this.meetings = meetings;
    }

    /** The cycle's meetings the viewer may see that the filter admits, by day and start time. */
    public List<Entry> entries(Cycle cycle, Filter filter, TrackerViewer viewer) {
        List<TrackedDocument> visible = viewer.visibleDocuments(
                documents.findActiveByCycle(cycle.id(), Set.of(DocumentKind.MEETING)));
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<Long, TrackedDocument> byId = visible.stream()
                .collect(Collectors.toMap(TrackedDocument::id, Function.identity(), (a, b) -> a));
        List<RegisteredMeeting> shown = meetings.byCycle(cycle.id()).stream()
                .filter(m -> byId.containsKey(m.documentId()))
                .filter(filter::admits)
                .toList();
        if (shown.isEmpty()) {
            return List.of();
        }
        List<Long> ids = shown.stream().map(RegisteredMeeting::documentId).toList();
        Map<Long, List<Decision>> decisions = meetings.decisions(ids);
        Map<Long, List<MeetingAction>> actions = meetings.actions(ids);
        List<Entry> entries = new ArrayList<>(shown.size());
        for (RegisteredMeeting meeting : shown) {
            entries.add(new Entry(meeting, byId.get(meeting.documentId()),
                    decisions.getOrDefault(meeting.documentId(), List.of()),
                    actions.getOrDefault(meeting.documentId(), List.of())));
        }
        return entries;
    }

    /**
     * The open actions of these meetings (of one owner when {@code ownerKey} is given), by due day (open-ended
     * last), then by meeting day and the order they were agreed.
     */
    public static List<OpenAction> openActions(List<Entry> entries, String ownerKey) {
        List<OpenAction> open = new ArrayList<>();
        for (Entry entry : entries) {
            for (MeetingAction action : entry.openActions()) {
                if (ownerKey == null || Objects.equals(ownerKey, action.ownerKey())) {
                    open.add(new OpenAction(action, entry));
                }
            }
        }
        open.sort(Comparator.comparing((OpenAction o) -> o.action().due() == null ? LocalDate.MAX : o.action().due())
                .thenComparing(o -> o.meeting().meeting().date())
                .thenComparingLong(o -> o.action().id()));
        return open;
    }
}
