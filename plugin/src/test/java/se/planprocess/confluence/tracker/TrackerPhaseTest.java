package se.planprocess.confluence.tracker;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.workflow.Workflows;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.CycleBuilder.aCycle;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aFeedbackReport;

/**
 * The tracker of one phase: only the deadlines the cycle assigns to that phase count, even when another phase's
 * deadline falls inside its dates (phases overlap).
 */
class TrackerPhaseTest {
    /** Phase "a" runs January–June, phase "b" March–December; b's deadline of 1 May lies inside a's dates. */
    private final Cycle cycle = aCycle().withId(5).withPlanYear(2025)
            .withPhase("a", "2024-01-01", "2024-06-30").withDeadline("2024-04-01", Workflows.HANDLED)
            .withPhase("b", "2024-03-01", "2024-12-31").withDeadline("2024-05-01", Workflows.SUBMITTED)
            .build();
    private final Committee kultur = aCommittee().withId(1).withName("Kulturnämnden").build();
    private final TrackedDocument decided = aFeedbackReport().forCycle(5).forCommittee(1)
            .withStatus(Workflows.DECIDED).build();
    private final Tracker target = new Tracker(new ProcessCalendar(Clocks.fixedAt("2024-05-10T10:00:00+02:00"),
            KindCatalogue.builtIn()), KindCatalogue.builtIn());

    @Test
    void theWholeCycle_measuresTheReportAgainstItsLaterDeadline_andItIsLate() {
        TrackerMatrix matrix = target.build(cycle, List.of(kultur), List.of(decided), Map.of());

        assertEquals(CellState.LATE, matrix.rows().get(0).cells().get(0).state());
        assertEquals(2, matrix.deliverables().get(0).deadlines().size());
    }

    @Test
    void phaseA_countsOnlyItsOwnDeadline_notTheOneOfPhaseBThatFallsInItsDates() {
        TrackerMatrix matrix = target.build(cycle, cycle.phase("a"), List.of(kultur), List.of(decided), Map.of());

        assertEquals(1, matrix.deliverables().get(0).deadlines().size());
        assertEquals("2024-04-01", matrix.deliverables().get(0).finalDeadline().date().toString());
        assertEquals(CellState.DONE, matrix.rows().get(0).cells().get(0).state());
        assertEquals(1, matrix.totals().get(0).done());
        assertEquals("a", matrix.phase().orElseThrow().key());
    }

    @Test
    void aPhaseWithoutDeadlines_hasNoColumns() {
        Cycle withQuietPhase = aCycle().withId(6).withPlanYear(2025)
                .withPhase("quiet", "2024-01-01", "2024-02-28")
                .withPhase("b", "2024-03-01", "2024-12-31").withDeadline("2024-05-01").build();

        assertEquals(List.of(), target.deliverables(withQuietPhase, withQuietPhase.phase("quiet")));
        assertEquals(1, target.deliverables(withQuietPhase, Optional.empty()).size());
    }
}
