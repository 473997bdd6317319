package se.planprocess.confluence.tracker;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.workflow.Workflows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.CycleBuilder.aCycle;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aFeedbackReport;

/**
 * The tracker counts what a person counts by hand: on the seed calendar (feedback report at RSAU by 26 September
 * 2024, required status submitted), seen on 27 September 2024.
 */
class TrackerTest {
    private static final String DEADLINE = "2024-09-26";
    private static final String THE_DAY_AFTER = "2024-09-27T10:00:00+02:00";

    private final Map<String, Committee> committees = new LinkedHashMap<>();
    private final List<TrackedDocument> documents = new ArrayList<>();
    private final Map<Long, List<DocumentChange>> history = new HashMap<>();
    private final Cycle cycle = aCycle().withId(7).withPlanYear(2025).withDeadline(DEADLINE).build();

    @Test
    void committees_areInSwedishAlphabeticalOrder_åÄÖAfterZ_caseAndAccentsAsInADictionary() {
        committee(1, "Östra nämnden");
        committee(2, "Ärendenämnden");
        committee(3, "Åsnämnden");
        committee(4, "Zonnämnden");
        committee(5, "alfanämnden");
        committee(6, "Beta-nämnden");
        committee(7, "Éxtranämnden");

        TrackerMatrix target = tracker(THE_DAY_AFTER).build(cycle, List.copyOf(committees.values()), documents, history);

        assertEquals(List.of("alfanämnden", "Beta-nämnden", "Éxtranämnden", "Zonnämnden", "Åsnämnden", "Ärendenämnden",
                "Östra nämnden"), target.rows().stream().map(r -> r.committee().name()).toList());
    }

    @Test
    void seedCalendar_seenTheDayAfterTheDeadline_marksExactlyTheCommitteesAPersonWouldCount() {
        committee(1, "Hälso- och sjukvårdsnämnden");
        committee(2, "Regionala utvecklingsnämnden");
        committee(3, "Folkhögskolenämnden");
        committee(4, "Kulturnämnden");
        committee(5, "Patientnämnden");
        committee(6, "Tandvårdsnämnden");
        committee(7, "Kollektivtrafiknämnden");
        report(1, Workflows.RECEIVED, "2024-09-20T09:00:00Z");
        report(2, Workflows.SUBMITTED, "2024-09-26T21:30:00Z"); // 23:30 in Stockholm: the last day, on time
        report(3, Workflows.SUBMITTED, "2024-09-26T22:30:00Z"); // 00:30 on the 27th in Stockholm: one day late
        report(4, Workflows.DECIDED, null);
        report(5, Workflows.HANDLED, null);
        report(6, Workflows.PREPARED, null);
        // Kollektivtrafiknämnden has no report at all

        TrackerMatrix target = tracker(THE_DAY_AFTER).build(cycle, List.copyOf(committees.values()), documents, history);

        assertEquals(List.of(DocumentKind.FEEDBACK_REPORT), target.deliverables().stream().map(Deliverable::kind).toList());
        assertEquals(Map.of(
                "Hälso- och sjukvårdsnämnden", CellState.DONE,
                "Regionala utvecklingsnämnden", CellState.DONE,
                "Folkhögskolenämnden", CellState.DONE,
                "Kulturnämnden", CellState.LATE,
                "Patientnämnden", CellState.LATE,
                "Tandvårdsnämnden", CellState.LATE,
                "Kollektivtrafiknämnden", CellState.MISSING), states(target));
        assertEquals(4, target.committeesBehind());
        ColumnTotal total = target.totals().get(0);
        assertEquals(3, total.done());
        assertEquals(4, total.behind());
        assertEquals(7, total.rows());
        assertEquals(1, cell(target, "Kulturnämnden").daysLate());
        assertEquals(1, cell(target, "Kollektivtrafiknämnden").daysLate());
        assertEquals(0, cell(target, "Regionala utvecklingsnämnden").daysLateOnArrival());
        assertEquals(1, cell(target, "Folkhögskolenämnden").daysLateOnArrival());
        assertEquals(Instant.parse("2024-09-26T22:30:00Z"), cell(target, "Folkhögskolenämnden").reachedAt().orElseThrow());
    }

    @Test
    void onTheDeadlineDay_nobodyIsLate_andZeroDaysAreLeft() {
        committee(1, "Kulturnämnden");
        committee(2, "Kollektivtrafiknämnden");
        report(1, Workflows.DECIDED, null);

        TrackerMatrix target = tracker("2024-09-26T23:59:00+02:00").build(cycle, List.copyOf(committees.values()),
                documents, history);

        assertEquals(CellState.IN_PROGRESS, cell(target, "Kulturnämnden").state());
        assertEquals(0, cell(target, "Kulturnämnden").daysLeft());
        assertEquals(CellState.NOT_STARTED, cell(target, "Kollektivtrafiknämnden").state());
        assertEquals(0, target.committeesBehind());
    }

    @Test
    void aDeadlineForOtherCommittees_doesNotApply_andIsNotCounted() {
        Cycle onlyForOne = aCycle().withId(7).withPlanYear(2025).withDeadlineFor(DEADLINE, Workflows.SUBMITTED, Set.of(1L)).build();
        committee(1, "Kulturnämnden");
        committee(2, "Patientnämnden");

        TrackerMatrix target = tracker(THE_DAY_AFTER).build(onlyForOne, List.copyOf(committees.values()), documents,
                history);

        assertEquals(CellState.MISSING, cell(target, "Kulturnämnden").state());
        assertEquals(CellState.NOT_REQUIRED, cell(target, "Patientnämnden").state());
        assertEquals(1, target.totals().get(0).rows());
    }

    @Test
    void aRegionScopedDeadline_makesNoColumn_andNoCommitteeLate() {
        Cycle withPremises = new Cycle(7, "c", Bilingual.of("C", "C"), 2025, 4, cycle.templateKey(),
                cycle.templateVersions(), cycle.phases(), List.of(new Milestone("pf", Bilingual.of("PF", "PF"),
                LocalDate.parse("2024-03-09"), cycle.phases().get(0).key(), Set.of(), DocumentKind.PLANNING_PREMISES,
                "draft")));
        committee(1, "Kulturnämnden");

        TrackerMatrix target = tracker(THE_DAY_AFTER).build(withPremises, List.copyOf(committees.values()), documents,
                history);

        assertEquals(List.of(), target.deliverables());
        assertEquals(0, target.committeesBehind());
    }

    @Test
    void aStepBackBelowTheRequiredStatusAndUpAgain_countsFromTheSecondArrival() {
        committee(1, "Kulturnämnden");
        TrackedDocument report = report(1, Workflows.SUBMITTED, "2024-09-20T09:00:00Z");
        history.get(report.id()).add(status(report.id(), 3, Workflows.SUBMITTED, Workflows.DECIDED,
                "2024-09-22T09:00:00Z"));
        history.get(report.id()).add(status(report.id(), 4, Workflows.DECIDED, Workflows.SUBMITTED,
                "2024-09-29T09:00:00Z"));

        TrackerMatrix target = tracker("2024-10-01T10:00:00+02:00").build(cycle, List.copyOf(committees.values()),
                documents, history);

        TrackerCell cell = cell(target, "Kulturnämnden");
        assertEquals(CellState.DONE, cell.state());
        assertEquals(3, cell.daysLateOnArrival());
    }

    @Test
    void aTrashedReport_countsAsMissing() {
        committee(1, "Kulturnämnden");
        documents.add(aFeedbackReport().forCycle(cycle.id()).forCommittee(1).withStatus(Workflows.RECEIVED).trashed()
                .build());

        TrackerMatrix target = tracker(THE_DAY_AFTER).build(cycle, List.copyOf(committees.values()), documents, history);

        assertEquals(CellState.MISSING, cell(target, "Kulturnämnden").state());
        assertTrue(cell(target, "Kulturnämnden").document().isEmpty());
    }

    private static Tracker tracker(String now) {
        return new Tracker(new ProcessCalendar(Clocks.fixedAt(now), KindCatalogue.builtIn()), KindCatalogue.builtIn());
    }

    private void committee(long id, String name) {
        committees.put(name, aCommittee().withId(id).withName(name).build());
    }

    /** A report of the committee at a status, reached (through "decided") at {@code submittedAt} when given. */
    private TrackedDocument report(long committeeId, String status, String submittedAt) {
        TrackedDocument report = aFeedbackReport().forCycle(cycle.id()).forCommittee(committeeId).withStatus(status)
                .build();
        documents.add(report);
        List<DocumentChange> changes = new ArrayList<>();
        changes.add(status(report.id(), 1, Workflows.PREPARED, Workflows.DECIDED, "2024-09-01T09:00:00Z"));
        if (submittedAt != null) {
            changes.add(status(report.id(), 2, Workflows.DECIDED, Workflows.SUBMITTED, submittedAt));
        }
        history.put(report.id(), changes);
        return report;
    }

    private static DocumentChange status(long documentId, long seq, String from, String to, String at) {
        return new DocumentChange(documentId, seq, ChangeType.STATUS, from, to, null, null, "key", "Namn",
                Instant.parse(at));
    }

    private static Map<String, CellState> states(TrackerMatrix matrix) {
        Map<String, CellState> states = new HashMap<>();
        matrix.rows().forEach(r -> states.put(r.committee().name(), r.cells().get(0).state()));
        return states;
    }

    private static TrackerCell cell(TrackerMatrix matrix, String committee) {
        return matrix.rows().stream().filter(r -> r.committee().name().equals(committee)).findFirst().orElseThrow()
                .cells().get(0);
    }
}
