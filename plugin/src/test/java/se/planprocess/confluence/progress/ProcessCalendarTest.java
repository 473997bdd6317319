package se.planprocess.confluence.progress;

import java.util.Map;
import se.planprocess.confluence.kind.KindCatalogue;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CycleFactory;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.report.ReportTemplates;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Clocks.fixedAt;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.CycleBuilder.aCycle;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aDocument;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aFeedbackReport;
import static se.planprocess.confluence.workflow.Workflows.DECIDED;
import static se.planprocess.confluence.workflow.Workflows.DRAFT;
import static se.planprocess.confluence.workflow.Workflows.RECEIVED;
import static se.planprocess.confluence.workflow.Workflows.SUBMITTED;

/**
 * Where the process stands, from a fixed clock, in Europe/Stockholm. The clocks are in UTC on purpose: 23:30 on
 * 16 April in Stockholm (summer time, +02:00) is 21:30 UTC, and one second past midnight on 17 April is still
 * 16 April in UTC.
 */
class ProcessCalendarTest {
    private static final String DEADLINE_DAY_LATE_EVENING = "2026-04-16T23:30:00+02:00";
    private static final String JUST_AFTER_THE_DEADLINE_DAY = "2026-04-17T00:00:01+02:00";

    /** The region's 2027 cycle from the template: the process runs in 2026, reports due 16 April 2026. */
    private static final Cycle REGIONPLAN_2027 =
            CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2027, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));

    private static final Committee HSN = aCommittee().withId(1).withSpaceKey("HSN").build();
    private static final Committee RUN = aCommittee().withId(2).withName("Regionala utvecklingsnämnden")
            .withShortName("RUN").withSpaceKey("RUN").build();
    private static final Committee KN = aCommittee().withId(3).withName("Kulturnämnden").withShortName("KN")
            .withSpaceKey("KN").build();

    private ProcessCalendar target;

    // --- today in the region's zone --------------------------------------------------------------------------

    @Test
    void today_isTheDateInStockholm_notInTheClocksZone() {
        assertEquals(LocalDate.of(2026, 4, 16), calendarAt(DEADLINE_DAY_LATE_EVENING).today());
        assertEquals(LocalDate.of(2026, 4, 17), calendarAt(JUST_AFTER_THE_DEADLINE_DAY).today());
        assertEquals(LocalDate.of(2026, 1, 1), calendarAt("2025-12-31T23:30:00Z").today());
    }

    @Test
    void daysUntil_countsCalendarDaysInStockholm() {
        target = calendarAt(DEADLINE_DAY_LATE_EVENING);

        assertEquals(0, target.daysUntil(LocalDate.of(2026, 4, 16)));
        assertEquals(1, target.daysUntil(LocalDate.of(2026, 4, 17)));
        assertEquals(-16, target.daysUntil(LocalDate.of(2026, 3, 31)));
    }

    // --- phases ----------------------------------------------------------------------------------------------

    @Test
    void currentPhases_listEveryOverlappingPhase_earliestStartFirst() {
        target = calendarAt("2026-04-10T12:00:00+02:00");

        assertEquals(List.of(ProcessTemplates.OPERATIONAL_PLANS, ProcessTemplates.COMMITTEE_FEEDBACK,
                ProcessTemplates.DRAFTING), keys(target.currentPhases(REGIONPLAN_2027)));
    }

    @Test
    void currentPhase_ofOverlappingPhases_isTheOneThatStartedLast() {
        target = calendarAt("2026-04-10T12:00:00+02:00");

        assertEquals(ProcessTemplates.DRAFTING, target.currentPhase(REGIONPLAN_2027).orElseThrow().key());
    }

    @Test
    void currentPhase_inMarch_isTheCommitteesFeedback_besideTheOperationalPlans() {
        target = calendarAt("2026-03-15T09:00:00+01:00");

        assertEquals(List.of(ProcessTemplates.OPERATIONAL_PLANS, ProcessTemplates.COMMITTEE_FEEDBACK),
                keys(target.currentPhases(REGIONPLAN_2027)));
        assertEquals(ProcessTemplates.COMMITTEE_FEEDBACK, target.currentPhase(REGIONPLAN_2027).orElseThrow().key());
    }

    @Test
    void currentPhase_beforeTheCycle_isTheFirstPhase() {
        target = calendarAt("2025-06-01T12:00:00+02:00");

        assertTrue(target.currentPhases(REGIONPLAN_2027).isEmpty());
        assertEquals(ProcessTemplates.PREPARATION, target.currentPhase(REGIONPLAN_2027).orElseThrow().key());
    }

    @Test
    void currentPhase_afterTheCycle_isTheLastPhase() {
        target = calendarAt("2027-02-01T12:00:00+01:00");

        assertTrue(target.currentPhases(REGIONPLAN_2027).isEmpty());
        assertEquals(ProcessTemplates.ACTIVITY_PLANS, target.currentPhase(REGIONPLAN_2027).orElseThrow().key());
    }

    @Test
    void currentPhase_inAGapBetweenPhases_isTheOneThatEndedLast() {
        Cycle withGap = aCycle().withPhase("first", "2026-01-01", "2026-01-31")
                .withPhase("second", "2026-03-01", "2026-03-31").build();
        target = calendarAt("2026-02-15T12:00:00+01:00");

        assertEquals("first", target.currentPhase(withGap).orElseThrow().key());
    }

    @Test
    void isToday_includesBothEndsOfAPhase() {
        CyclePhase feedback = REGIONPLAN_2027.phase(ProcessTemplates.COMMITTEE_FEEDBACK).orElseThrow();

        assertTrue(calendarAt("2026-03-01T00:00:00+01:00").isToday(feedback.dates()));
        assertTrue(calendarAt("2026-04-30T23:59:59+02:00").isToday(feedback.dates()));
        assertFalse(calendarAt("2026-05-01T00:00:00+02:00").isToday(feedback.dates()));
    }

    // --- milestones ------------------------------------------------------------------------------------------

    @Test
    void nextMilestones_startToday_earliestFirst_andAreLimited() {
        target = calendarAt("2026-03-09T20:00:00+01:00");

        List<Milestone> next = target.nextMilestones(REGIONPLAN_2027, 2);

        assertEquals(List.of("pf-decision", "feedback-due"), next.stream().map(Milestone::key).toList());
        assertEquals(List.of("pf-decision", "feedback-due", "vp-decided"),
                target.nextMilestones(REGIONPLAN_2027, 10).stream().map(Milestone::key).toList());
    }

    @Test
    void nextMilestones_afterTheLastOne_areNone() {
        target = calendarAt("2026-10-01T08:00:00+02:00");

        assertTrue(target.nextMilestones(REGIONPLAN_2027, 5).isEmpty());
    }

    @Test
    void theDeadlineDay_hasNotPassed_untilMidnightInStockholm() {
        Milestone due = feedbackDue(REGIONPLAN_2027);

        assertFalse(calendarAt(DEADLINE_DAY_LATE_EVENING).hasPassed(due));
        assertTrue(calendarAt(JUST_AFTER_THE_DEADLINE_DAY).hasPassed(due));
        assertEquals(List.of("feedback-due", "vp-decided"), calendarAt(DEADLINE_DAY_LATE_EVENING)
                .nextMilestones(REGIONPLAN_2027, 5).stream().map(Milestone::key).toList());
    }

    // --- late documents --------------------------------------------------------------------------------------

    @Test
    void aReportBelowTheRequiredStatus_onTheDeadlineDay_isNotLate() {
        target = calendarAt(DEADLINE_DAY_LATE_EVENING);
        TrackedDocument decided = aFeedbackReport().forCycle(REGIONPLAN_2027.id()).withStatus(DECIDED).build();

        assertFalse(target.isLate(REGIONPLAN_2027, decided));
        assertTrue(target.lateness(REGIONPLAN_2027, List.of(HSN), List.of(decided)).isEmpty());
    }

    @Test
    void aReportBelowTheRequiredStatus_afterTheDeadline_isLate() {
        target = calendarAt(JUST_AFTER_THE_DEADLINE_DAY);
        TrackedDocument decided = aFeedbackReport().forCommittee(HSN.id()).withStatus(DECIDED).build();

        assertTrue(target.isLate(REGIONPLAN_2027, decided));
        List<Lateness> late = target.lateness(REGIONPLAN_2027, List.of(HSN), List.of(decided));
        assertEquals(1, late.size());
        assertEquals("feedback-due", late.get(0).milestone().key());
        assertEquals(HSN, late.get(0).committee());
        assertSame(decided, late.get(0).document());
        assertFalse(late.get(0).documentMissing());
    }

    @Test
    void aReportAtOrBeyondTheRequiredStatus_afterTheDeadline_isNotLate() {
        target = calendarAt(JUST_AFTER_THE_DEADLINE_DAY);
        TrackedDocument submitted = aFeedbackReport().forCommittee(HSN.id()).withStatus(SUBMITTED).build();
        TrackedDocument received = aFeedbackReport().forCommittee(RUN.id()).inSpace("RUN").withStatus(RECEIVED).build();

        assertFalse(target.isLate(REGIONPLAN_2027, submitted));
        assertFalse(target.isLate(REGIONPLAN_2027, received));
        assertTrue(target.lateness(REGIONPLAN_2027, List.of(HSN, RUN), List.of(submitted, received)).isEmpty());
    }

    @Test
    void aCommitteeWithoutAReport_afterTheDeadline_isListedAsDocumentMissing() {
        target = calendarAt(JUST_AFTER_THE_DEADLINE_DAY);
        TrackedDocument hsnSubmitted = aFeedbackReport().forCommittee(HSN.id()).withStatus(SUBMITTED).build();

        List<Lateness> late = target.lateness(REGIONPLAN_2027, List.of(HSN, RUN), List.of(hsnSubmitted));

        assertEquals(1, late.size());
        assertEquals(RUN, late.get(0).committee());
        assertTrue(late.get(0).documentMissing());
        assertNull(late.get(0).document());
    }

    @Test
    void aTrashedReport_doesNotCount_soTheCommitteeIsLateWithItsDocumentMissing() {
        target = calendarAt(JUST_AFTER_THE_DEADLINE_DAY);
        TrackedDocument trashedButSubmitted = aFeedbackReport().forCommittee(HSN.id()).withStatus(SUBMITTED)
                .trashed().build();

        List<Lateness> late = target.lateness(REGIONPLAN_2027, List.of(HSN), List.of(trashedButSubmitted));

        assertEquals(1, late.size());
        assertTrue(late.get(0).documentMissing());
    }

    @Test
    void anInactiveCommittee_isNotListed() {
        target = calendarAt(JUST_AFTER_THE_DEADLINE_DAY);
        Committee inactive = aCommittee().withId(9).withSpaceKey("OLD").inactive().build();

        assertTrue(target.lateness(REGIONPLAN_2027, List.of(inactive), List.of()).isEmpty());
    }

    @Test
    void otherKindsOfDocument_doNotSatisfyTheFeedbackDeadline() {
        target = calendarAt(JUST_AFTER_THE_DEADLINE_DAY);
        TrackedDocument decidedPlan = aDocument(DocumentKind.OPERATIONAL_PLAN).forCommittee(HSN.id())
                .withStatus(DECIDED).build();

        List<Lateness> late = target.lateness(REGIONPLAN_2027, List.of(HSN), List.of(decidedPlan));

        assertEquals(1, late.size());
        assertEquals(DocumentKind.FEEDBACK_REPORT, late.get(0).milestone().documentKind());
        assertTrue(late.get(0).documentMissing());
    }

    @Test
    void anUnassignedReport_doesNotCountForAnyCommittee() {
        target = calendarAt(JUST_AFTER_THE_DEADLINE_DAY);
        TrackedDocument unassigned = aFeedbackReport().unassigned().inSpace("TEMP").withStatus(SUBMITTED).build();

        List<Lateness> late = target.lateness(REGIONPLAN_2027, List.of(HSN), List.of(unassigned));

        assertEquals(1, late.size());
        assertTrue(late.get(0).documentMissing());
    }

    @Test
    void aMilestoneLimitedToSomeCommittees_concernsOnlyThose() {
        Cycle cycle = aCycle().withPhase("feedback", "2026-03-01", "2026-04-30")
                .withDeadlineFor("2026-04-16", SUBMITTED, Set.of(HSN.id(), KN.id())).build();
        target = calendarAt(JUST_AFTER_THE_DEADLINE_DAY);
        TrackedDocument runDraft = aFeedbackReport().forCommittee(RUN.id()).inSpace("RUN").withStatus(DRAFT).build();
        TrackedDocument hsnDraft = aFeedbackReport().forCommittee(HSN.id()).withStatus(DRAFT).build();

        List<Lateness> late = target.lateness(cycle, List.of(HSN, RUN, KN), List.of(runDraft, hsnDraft));

        assertEquals(List.of(HSN, KN), late.stream().map(Lateness::committee).toList());
        assertFalse(target.isLate(cycle, runDraft), "RUN has no deadline in this cycle");
        assertTrue(target.isLate(cycle, hsnDraft));
    }

    @Test
    void aDateWithoutADocumentRequirement_neverMakesAnyoneLate() {
        Cycle cycle = aCycle().withMeeting("kickoff", "2026-03-02").build();
        target = calendarAt("2026-04-01T12:00:00+02:00");

        assertTrue(target.lateness(cycle, List.of(HSN, RUN), List.of()).isEmpty());
    }

    @Test
    void deadlineOf_isTheNextUnmetDeadline_elseTheLastOne() {
        Cycle cycle = aCycle().withDeadline("2026-03-20", DECIDED).withDeadline("2026-04-16", SUBMITTED).build();
        target = calendarAt("2026-03-01T12:00:00+01:00");

        assertEquals(LocalDate.of(2026, 3, 20), target.deadlineOf(cycle,
                aFeedbackReport().withStatus(DRAFT).build()).orElseThrow().date());
        assertEquals(LocalDate.of(2026, 4, 16), target.deadlineOf(cycle,
                aFeedbackReport().withStatus(DECIDED).build()).orElseThrow().date());
        assertEquals(LocalDate.of(2026, 4, 16), target.deadlineOf(cycle,
                aFeedbackReport().withStatus(RECEIVED).build()).orElseThrow().date());
    }

    // --- across the year boundary ----------------------------------------------------------------------------

    /** Preparation runs October 2025 to January 2026 and something is due on 15 January 2026. */
    private static Cycle preparationAcrossNewYear() {
        return aCycle().withPlanYear(2027)
                .withPhase("preparation", "2025-10-01", "2026-01-31")
                .withDeadline("2026-01-15", DECIDED)
                .withPhase("planning-premises", "2026-01-01", "2026-02-28")
                .build();
    }

    @Test
    void onNewYearsEve_aJanuaryDeadline_isUpcomingAndNotLate() {
        Cycle cycle = preparationAcrossNewYear();
        target = calendarAt("2025-12-31T12:00:00+01:00");
        TrackedDocument draft = aFeedbackReport().forCommittee(HSN.id()).withStatus(DRAFT).build();

        assertEquals(List.of(LocalDate.of(2026, 1, 15)),
                target.nextMilestones(cycle, 5).stream().map(Milestone::date).toList());
        assertEquals(15, target.daysUntil(LocalDate.of(2026, 1, 15)));
        assertFalse(target.isLate(cycle, draft));
        assertTrue(target.lateness(cycle, List.of(HSN, RUN), List.of(draft)).isEmpty());
    }

    @Test
    void onTheSixteenthOfJanuary_theDeadline_hasPassed_andEveryoneBehindIsLate() {
        Cycle cycle = preparationAcrossNewYear();
        target = calendarAt("2026-01-16T00:00:01+01:00");
        TrackedDocument draft = aFeedbackReport().forCommittee(HSN.id()).withStatus(DRAFT).build();

        assertTrue(target.nextMilestones(cycle, 5).isEmpty());
        assertTrue(target.isLate(cycle, draft));
        List<Lateness> late = target.lateness(cycle, List.of(HSN, RUN), List.of(draft));
        assertEquals(List.of(HSN, RUN), late.stream().map(Lateness::committee).toList());
        assertFalse(late.get(0).documentMissing());
        assertTrue(late.get(1).documentMissing());
    }

    @Test
    void theFifteenthOfJanuary_late_inTheEvening_isStillOnTime() {
        target = calendarAt("2026-01-15T23:59:59+01:00");

        assertFalse(target.isLate(preparationAcrossNewYear(),
                aFeedbackReport().forCommittee(HSN.id()).withStatus(DRAFT).build()));
    }

    @Test
    void atMidnightOnNewYear_thePhase_switchesFromPreparationToPlanningPremises() {
        Cycle cycle = preparationAcrossNewYear();
        // 23:30 on 31 December in Stockholm is 22:30 UTC; one second past midnight is still 31 December in UTC.
        ProcessCalendar newYearsEve = calendarAt("2025-12-31T23:30:00+01:00");
        ProcessCalendar newYear = calendarAt("2026-01-01T00:00:01+01:00");

        assertEquals(List.of("preparation"), keys(newYearsEve.currentPhases(cycle)));
        assertEquals("preparation", newYearsEve.currentPhase(cycle).orElseThrow().key());
        assertEquals(List.of("preparation", "planning-premises"), keys(newYear.currentPhases(cycle)));
        assertEquals("planning-premises", newYear.currentPhase(cycle).orElseThrow().key());
    }

    @Test
    void theRegionsTemplate_switchesPhaseAtNewYear_too() {
        assertEquals(List.of(ProcessTemplates.PREPARATION),
                keys(calendarAt("2025-12-31T23:30:00+01:00").currentPhases(REGIONPLAN_2027)));
        assertEquals(ProcessTemplates.PLANNING_PREMISES,
                calendarAt("2026-01-01T00:00:01+01:00").currentPhase(REGIONPLAN_2027).orElseThrow().key());
    }

    // --- the current cycle -----------------------------------------------------------------------------------

    @Test
    void currentCycle_ofTwoRunningCycles_isTheLatestStarting() {
        Cycle c2026 = CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2026, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));
        Cycle c2027 = REGIONPLAN_2027;
        // 2026's cycle runs Oct 2024 – Dec 2025; 2027's runs Oct 2025 – Dec 2026: both run in November 2025.
        target = calendarAt("2025-11-15T12:00:00+01:00");

        assertTrue(c2026.span().contains(target.today()) && c2027.span().contains(target.today()));
        assertEquals("regionplan-2027", target.currentCycle(List.of(c2027, c2026)).orElseThrow().key());
        assertEquals("regionplan-2027", target.currentCycle(List.of(c2026, c2027)).orElseThrow().key());
    }

    @Test
    void currentCycle_whenNoneRuns_isTheNextToStart() {
        Cycle c2027 = REGIONPLAN_2027;
        Cycle c2028 = CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2028, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));
        Cycle c2029 = CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2029, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));
        target = calendarAt("2025-06-01T12:00:00+02:00");

        assertEquals("regionplan-2027", target.currentCycle(List.of(c2029, c2027, c2028)).orElseThrow().key());
    }

    @Test
    void currentCycle_whenAllArePast_isTheOneThatEndedLast() {
        Cycle c2026 = CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2026, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));
        Cycle c2027 = REGIONPLAN_2027;
        target = calendarAt("2030-01-01T12:00:00+01:00");

        assertEquals("regionplan-2027", target.currentCycle(List.of(c2027, c2026)).orElseThrow().key());
    }

    @Test
    void currentCycle_ofNoCycles_isEmpty() {
        assertTrue(calendarAt(DEADLINE_DAY_LATE_EVENING).currentCycle(List.of()).isEmpty());
    }

    private static ProcessCalendar calendarAt(String isoOffsetDateTime) {
        return new ProcessCalendar(fixedAt(isoOffsetDateTime), KindCatalogue.builtIn());
    }

    private static Milestone feedbackDue(Cycle cycle) {
        return cycle.deadlinesFor(DocumentKind.FEEDBACK_REPORT, null).get(0);
    }

    private static List<String> keys(List<CyclePhase> phases) {
        return phases.stream().map(CyclePhase::key).toList();
    }
}
