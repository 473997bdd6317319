package se.planprocess.confluence.administration;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CycleFactory;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.workflow.Workflows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NextYearTest {
    @Test
    void lastYearsCycle_movesEveryDayByAYear_withItsKeyAndNames() {
        Cycle last = CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2027,
                Map.of(DocumentKind.FEEDBACK_REPORT, "2021"));

        Cycle next = NextYear.of(last);

        assertEquals(2028, next.planYear());
        assertEquals("regionplan-2028", next.key());
        assertEquals("Regionplan 2028\u20132031", next.name().sv());
        assertEquals("Regional plan 2028\u20132031", next.name().en());
        assertEquals(0, next.id());
        assertEquals(Map.of(DocumentKind.FEEDBACK_REPORT, "2021"), next.templateVersions());
        assertEquals(LocalDate.of(2027, 4, 16), next.milestones().stream()
                .filter(m -> m.key().equals("feedback-due")).findFirst().orElseThrow().date());
        assertEquals(LocalDate.of(2026, 10, 1), next.phase("preparation").orElseThrow().dates().start());
        assertTrue(next.phase("operational-plans").orElseThrow().parallel(), "the parallel mark is kept");
    }

    @Test
    void theTwentyNinthOfFebruary_becomesTheTwentyEighth_andAPhaseToTheEndOfFebruary_staysThat() {
        Cycle leap = new Cycle(7, "regionplan-2025", Bilingual.of("Regionplan 2025\u20132028", "Regional plan"),
                2025, 4, "regionplan", Map.of(),
                List.of(new CyclePhase("pf", Bilingual.of("PF", "PF"),
                        new DateRange(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 29))),
                        new CyclePhase("feedback", Bilingual.of("Återkoppling", "Feedback"),
                                new DateRange(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 16)))),
                List.of(new Milestone("due", Bilingual.of("Senast", "Due"), LocalDate.of(2024, 2, 29), "pf",
                        Set.of(3L), DocumentKind.FEEDBACK_REPORT, Workflows.SUBMITTED)));

        Cycle next = NextYear.of(leap);
        Cycle afterThat = NextYear.of(NextYear.of(NextYear.of(next)));

        assertEquals(LocalDate.of(2025, 2, 28), next.milestones().get(0).date());
        assertEquals(Set.of(3L), next.milestones().get(0).committeeIds());
        assertEquals(LocalDate.of(2025, 2, 28), next.phase("pf").orElseThrow().dates().end());
        assertEquals(LocalDate.of(2028, 2, 29), afterThat.phase("pf").orElseThrow().dates().end(),
                "the end of February in the next leap year");
        assertEquals(LocalDate.of(2025, 4, 16), next.phase("feedback").orElseThrow().dates().end());
        assertEquals("Regionplan 2026\u20132029", next.name().sv());
    }

    @Test
    void onlyThePeriodsYearsMove_otherNumbersStay() {
        assertEquals("Plan 2028 (version 1999)", NextYear.years("Plan 2027 (version 1999)", 2026, 2031));
    }
}
