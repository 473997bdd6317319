package se.planprocess.confluence.process;

import se.planprocess.confluence.process.DocumentKind;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.workflow.Workflows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A cycle made of a template for a plan year, with the template's default dates. */
class CycleFactoryTest {

    private static Cycle regionplan(int planYear) {
        return CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, planYear, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));
    }

    @Test
    void aCycleForPlanYear2027_isNamedRegionplan2027To2030_withAnEnDash() {
        Cycle target = regionplan(2027);

        assertEquals("Regionplan 2027\u20132030", target.name().sv());
        assertEquals("Regional plan 2027\u20132030", target.name().en());
        assertEquals("regionplan-2027", target.key());
        assertEquals(2027, target.planYear());
        assertEquals(4, target.horizonYears());
        assertEquals(ProcessTemplates.REGIONAL_PLAN, target.templateKey());
        assertEquals(Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024), target.templateVersions());
        assertEquals(0, target.id(), "not stored yet");
    }

    @Test
    void aCycleForPlanYear2027_wantsFeedbackReportsSubmittedBy16April2026() {
        Cycle target = regionplan(2027);

        List<Milestone> deadlines = target.deadlinesFor(DocumentKind.FEEDBACK_REPORT, null);

        assertEquals(1, deadlines.size());
        assertEquals(LocalDate.of(2026, 4, 16), deadlines.get(0).date());
        assertEquals(Workflows.SUBMITTED, deadlines.get(0).requiredStatus());
        assertTrue(deadlines.get(0).committeeIds().isEmpty(), "applies to every committee");
        assertEquals(2026, target.writingYear(DocumentKind.FEEDBACK_REPORT));
    }

    @Test
    void aCycleForPlanYear2027_hasThePhaseDatesOfTheYearBefore() {
        Map<String, DateRange> phases = regionplan(2027).phases().stream()
                .collect(Collectors.toMap(CyclePhase::key, CyclePhase::dates));

        assertEquals(range("2025-10-01", "2026-01-31"), phases.get(ProcessTemplates.PREPARATION));
        assertEquals(range("2026-01-01", "2026-02-28"), phases.get(ProcessTemplates.PLANNING_PREMISES));
        assertEquals(range("2026-03-01", "2026-04-30"), phases.get(ProcessTemplates.COMMITTEE_FEEDBACK));
        assertEquals(range("2026-04-01", "2026-05-31"), phases.get(ProcessTemplates.DRAFTING));
        assertEquals(range("2026-05-01", "2026-06-30"), phases.get(ProcessTemplates.DECISION));
        assertEquals(range("2026-02-01", "2026-09-30"), phases.get(ProcessTemplates.OPERATIONAL_PLANS));
        assertEquals(range("2026-10-01", "2026-12-31"), phases.get(ProcessTemplates.ACTIVITY_PLANS));
        assertEquals(range("2025-10-01", "2026-12-31"), regionplan(2027).span());
    }

    @Test
    void aCycleForPlanYear2027_keepsThePhaseOrderOfTheTemplate() {
        assertEquals(ProcessTemplates.REGION_YEARLY.phases().stream().map(PhaseDefinition::key).toList(),
                regionplan(2027).phases().stream().map(CyclePhase::key).toList());
    }

    @Test
    void aCycleForPlanYear2027_hasTheMilestonesOfTheTemplate_inDateOrder() {
        Map<String, LocalDate> dates = regionplan(2027).milestones().stream()
                .collect(Collectors.toMap(Milestone::key, Milestone::date));

        assertEquals(Map.of("kickoff", LocalDate.of(2026, 2, 10), "pf-decision", LocalDate.of(2026, 3, 9),
                "feedback-due", LocalDate.of(2026, 4, 16), "vp-decided", LocalDate.of(2026, 9, 30)), dates);
        List<LocalDate> inOrder = regionplan(2027).milestones().stream().map(Milestone::date).toList();
        assertEquals(inOrder.stream().sorted().toList(), inOrder);
    }

    @Test
    void theNextPlanYear_movesEveryDateOneYear() {
        Cycle c2028 = regionplan(2028);

        assertEquals("Regionplan 2028\u20132031", c2028.name().sv());
        assertEquals(LocalDate.of(2027, 4, 16), c2028.deadlinesFor(DocumentKind.FEEDBACK_REPORT, null).get(0).date());
        assertEquals(range("2026-10-01", "2027-01-31"), c2028.phase(ProcessTemplates.PREPARATION).orElseThrow().dates());
    }

    @Test
    void theDevelopmentStrategy_ofSeed004_spansMoreThanOneCalendarYear() {
        Cycle target = CycleFactory.fromTemplate(ProcessTemplates.DEVELOPMENT_STRATEGY_TEMPLATE, 2030,
                Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));

        DateRange span = target.span();
        assertEquals(LocalDate.of(2028, 8, 1), span.start());
        assertEquals(LocalDate.of(2030, 3, 31), span.end());
        assertTrue(span.end().getYear() - span.start().getYear() >= 1);
        assertTrue(span.start().plusYears(1).isBefore(span.end()), "longer than a year");
        assertEquals("Regional utvecklingsstrategi 2030\u20132040", target.name().sv());
        assertEquals("rus-2030", target.key());
    }

    @Test
    void theDevelopmentStrategy_hasItsOwnPhases_withTheCouncilDecisionLast() {
        Cycle target = CycleFactory.fromTemplate(ProcessTemplates.DEVELOPMENT_STRATEGY_TEMPLATE, 2030,
                Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));
        Map<String, CyclePhase> phases = target.phases().stream()
                .collect(Collectors.toMap(CyclePhase::key, Function.identity()));

        assertEquals(List.of("commission", "process", "content", "communication", "decision"),
                target.phases().stream().map(CyclePhase::key).toList());
        assertEquals(range("2028-09-01", "2029-06-30"), phases.get("process").dates());
        assertEquals(range("2029-06-01", "2030-03-31"), phases.get("communication").dates());
        assertEquals(LocalDate.of(2030, 3, 31), target.milestones().get(0).date());
        assertTrue(target.deadlinesFor(DocumentKind.FEEDBACK_REPORT, null).isEmpty());
    }

    @Test
    void aCycleWithoutPhases_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Cycle(0, "k", Bilingual.of("K", "K"), 2027, 4,
                ProcessTemplates.REGIONAL_PLAN, Map.of(), List.of(), List.of()));
    }

    @Test
    void span_reachesALateMilestone_beyondTheLastPhase() {
        Cycle base = regionplan(2027);
        Milestone late = new Milestone("follow-up", Bilingual.of("Uppföljning", "Follow-up"),
                LocalDate.of(2027, 2, 15), ProcessTemplates.ACTIVITY_PLANS, null, null, null);
        List<Milestone> milestones = new java.util.ArrayList<>(base.milestones());
        milestones.add(late);

        Cycle target = new Cycle(0, base.key(), base.name(), 2027, 4, base.templateKey(),
                base.templateVersions(), base.phases(), milestones);

        assertEquals(LocalDate.of(2027, 2, 15), target.span().end());
    }

    private static DateRange range(String start, String end) {
        return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
    }
}
