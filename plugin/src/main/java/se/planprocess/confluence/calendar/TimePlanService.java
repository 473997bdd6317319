package se.planprocess.confluence.calendar;

import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.document.DocumentRepository;
import se.planprocess.confluence.document.TrackedDocument;
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
 * the committees, the cycle's meeting pages (one index read of the kind {@code meeting}), and two questions to the
 * viewer (all committees at once, all meeting pages at once). Meeting pages the viewer may not see are left out
 * before anything is counted; committees the viewer may not see are not named.
 *
 * <p>The index does not hold a meeting's day. A meeting page is dated by the cycle's milestone for meetings (a
 * milestone whose document kind is {@code meeting}, e.g. the steering dialogues) that applies to its committee, when
 * there is exactly one. Other meeting pages, those of no committee among them (a region-wide milestone cannot tell
 * which of its meetings a page is), are listed undated: shown as what exists, never on a guessed day.
 */
public final class TimePlanService {
    private final CycleRepository cycles;
    private final CommitteeRepository committees;
    private final DocumentRepository documents;
    private final ProcessCalendar calendar;

    public TimePlanService(CycleRepository cycles, CommitteeRepository committees, DocumentRepository documents,
                           ProcessCalendar calendar) {
        this.cycles = cycles;
        this.committees = committees;
        this.documents = documents;
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
        List<TrackedDocument> meetings = viewer.visibleDocuments(
                documents.findActiveByCycle(cycle.id(), Set.of(DocumentKind.MEETING)));
        List<PlanEvent> undated = new ArrayList<>();
        for (TrackedDocument meeting : meetings) {
            List<Milestone> dates = meetingMilestones.stream()
                    .filter(m -> meeting.committeeId() != null && m.appliesTo(meeting.committeeId()))
                    .toList();
            Milestone date = dates.size() == 1 ? dates.get(0) : null;
            Committee committee = meeting.committeeId() == null ? null : visible.get(meeting.committeeId());
            String title = meeting.title().isBlank() ? "–" : meeting.title();
            PlanEvent event = new PlanEvent(PlanEvent.Type.MEETING, "meeting-" + meeting.pageId(),
                    Bilingual.of(title, title), date == null ? null : date.date(),
                    date == null ? null : date.phaseKey(), committee == null ? List.of() : List.of(committee.name()),
                    false, DocumentKind.MEETING, null, meeting.pageId());
            (event.isDated() ? events : undated).add(event);
        }
        return new TimePlan(cycle, calendar.today(), events, undated);
    }

    private static List<String> names(Set<Long> ids, Map<Long, Committee> visible) {
        return ids.stream().map(visible::get).filter(c -> c != null).map(Committee::name).sorted().toList();
    }
}
