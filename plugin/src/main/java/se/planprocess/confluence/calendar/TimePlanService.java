package se.planprocess.confluence.calendar;

import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentRepository;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.meeting.MeetingRepository;
import se.planprocess.confluence.meeting.RegisteredMeeting;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.tracker.TrackerViewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A cycle's time plan for one viewer, read in a fixed number of queries whatever the size of the cycle: the cycles,
 * the committees, the cycle's meeting pages (one index read of the kind {@code meeting}), their registrations (one
 * read of the meetings' index), and two questions to the viewer (all committees at once, all meeting pages at once). Meeting pages the viewer may not see are left out
 * before anything is counted; committees the viewer may not see are not named.
 *
 * <p>A meeting page registered as a meeting ({@link MeetingRepository}) is on its own day, in its own phase. One the
 * meetings' index does not hold (a page registered by its labels only) is dated by the cycle's milestone for meetings (a
 * milestone whose document kind is {@code meeting}, e.g. the steering dialogues) that applies to its committee, when
 * there is exactly one. Other meeting pages, those of no committee among them (a region-wide milestone cannot tell
 * which of its meetings a page is), are listed undated: shown as what exists, never on a guessed day.
 */
public final class TimePlanService {
    private final CycleRepository cycles;
    private final CommitteeRepository committees;
    private final DocumentRepository documents;
    private final MeetingRepository meetings;
    private final ProcessCalendar calendar;

    public TimePlanService(CycleRepository cycles, CommitteeRepository committees, DocumentRepository documents,
                           MeetingRepository meetings, ProcessCalendar calendar) {
        this.cycles = cycles;
        this.committees = committees;
        this.documents = documents;
        this.meetings = meetings;
        this.calendar = calendar;
    }

    /** The cycle by key or id; empty text means the current cycle. */
    public Optional<Cycle> cycle(String keyOrId) {
        List<Cycle> all = cycles.findAll();
        if (keyOrId == null || keyOrId.isBlank()) {
            return calendar.currentCycle(all);
        }
        String wanted = keyOrId.trim();
        return all.stream().filter(c -> c.key().equals(wanted) || String.valueOf(c.id()).equals(wanted)).findFirst();
    }

    public TimePlan plan(Cycle cycle, TrackerViewer viewer) {
        Map<Long, Committee> visible = viewer.visibleCommittees(committees.findAll()).stream()
                .collect(Collectors.toMap(Committee::id, Function.identity(), (a, b) -> a));
        List<PlanEvent> events = new ArrayList<>();
        List<Milestone> meetingMilestones = new ArrayList<>();
        for (Milestone milestone : cycle.milestones()) {
            boolean deadline = milestone.isDeadline() && !DocumentKind.MEETING.equals(milestone.documentKind());
            if (DocumentKind.MEETING.equals(milestone.documentKind())) {
                meetingMilestones.add(milestone);
            }
            events.add(new PlanEvent(deadline ? PlanEvent.Type.DEADLINE : PlanEvent.Type.MILESTONE,
                    "milestone-" + milestone.key(), milestone.name(), milestone.date(), milestone.phaseKey(),
                    names(milestone.committeeIds(), visible), milestone.committeeIds().isEmpty(),
                    milestone.documentKind(), milestone.requiredStatus(), 0));
        }
        List<TrackedDocument> pages = viewer.visibleDocuments(
                documents.findActiveByCycle(cycle.id(), Set.of(DocumentKind.MEETING)));
        Map<Long, RegisteredMeeting> registered = pages.isEmpty() ? Map.of() : meetings.byCycle(cycle.id()).stream()
                .collect(Collectors.toMap(RegisteredMeeting::documentId, Function.identity(), (a, b) -> a));
        List<PlanEvent> undated = new ArrayList<>();
        for (TrackedDocument meeting : pages) {
            RegisteredMeeting registration = registered.get(meeting.id());
            java.time.LocalDate day;
            String phase;
            Long committeeId = meeting.committeeId();
            if (registration != null) {
                day = registration.date();
                phase = registration.phase();
                committeeId = registration.committeeId() != null ? registration.committeeId() : committeeId;
            } else {
                List<Milestone> dates = meetingMilestones.stream()
                        .filter(m -> meeting.committeeId() != null && m.appliesTo(meeting.committeeId()))
                        .toList();
                day = dates.size() == 1 ? dates.get(0).date() : null;
                phase = dates.size() == 1 ? dates.get(0).phaseKey() : null;
            }
            Committee committee = committeeId == null ? null : visible.get(committeeId);
            String title = meeting.title().isBlank() ? "–" : meeting.title();
            PlanEvent event = new PlanEvent(PlanEvent.Type.MEETING, "meeting-" + meeting.pageId(),
                    Bilingual.of(title, title), day, phase, committee == null ? List.of() : List.of(committee.name()),
                    false, DocumentKind.MEETING, null, meeting.pageId());
            (event.isDated() ? events : undated).add(event);
        }
        return new TimePlan(cycle, calendar.today(), events, undated);
    }

    private static List<String> names(Set<Long> ids, Map<Long, Committee> visible) {
        return ids.stream().map(visible::get).filter(c -> c != null).map(Committee::name).sorted().toList();
    }
}
