package se.planprocess.confluence.process;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.workflow.Workflows;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static java.time.Month.APRIL;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in process templates against domain.md and seeds 002 and 004. */
class ProcessTemplatesTest {
    private final ProcessTemplate target = ProcessTemplates.REGION_YEARLY;

    @Test
    void theRegionsYearlyProcess_hasTheSevenPhasesOfSeed002_inOrder() {
        assertEquals(List.of(ProcessTemplates.PREPARATION, ProcessTemplates.PLANNING_PREMISES,
                        ProcessTemplates.COMMITTEE_FEEDBACK, ProcessTemplates.DRAFTING, ProcessTemplates.DECISION,
                        ProcessTemplates.OPERATIONAL_PLANS, ProcessTemplates.ACTIVITY_PLANS),
                target.phases().stream().map(PhaseDefinition::key).toList());
        assertEquals(List.of("Förberedelser", "Planeringsförutsättningar (PF)", "Nämnderna behandlar PF och återkopplar",
                        "Beredning av regionplan och budget", "Beslut om regionplan (RSAU, RS, RF)",
                        "Verksamhetsplaner (VP)", "Aktivitetsplaner och detaljbudget"),
                target.phases().stream().map(p -> p.name().sv()).toList());
    }

    @Test
    void theRegionsYearlyProcess_phases_haveTheMonthsOfSeed002() {
        assertEquals(List.of(
                        new MonthWindow(-1, OCTOBER, 0, JANUARY),
                        new MonthWindow(0, JANUARY, 0, FEBRUARY),
                        new MonthWindow(0, MARCH, 0, APRIL),
                        new MonthWindow(0, APRIL, 0, MAY),
                        new MonthWindow(0, MAY, 0, JUNE),
                        new MonthWindow(0, FEBRUARY, 0, SEPTEMBER),
                        new MonthWindow(0, OCTOBER, 0, DECEMBER)),
                target.phases().stream().map(PhaseDefinition::window).toList());
    }

    @Test
    void preparation_startsInOctoberOfTheYearBefore_andEndsInJanuary() {
        MonthWindow preparation = target.phase(ProcessTemplates.PREPARATION).orElseThrow().window();

        DateRange in2026 = preparation.resolve(2026);

        assertEquals(LocalDate.of(2025, 10, 1), in2026.start());
        assertEquals(LocalDate.of(2026, 1, 31), in2026.end());
    }

    @Test
    void theRegionsYearlyProcess_hasAFourYearHorizon_andRunsTheYearBeforeThePlan() {
        assertEquals(4, target.horizonYears());
        assertEquals(2026, target.baseYear(2027));
    }

    @Test
    void theRegionsYearlyProcess_carriesTheDatesOfSeed002() {
        List<MilestoneDefinition> milestones = target.milestones();

        assertEquals(List.of(MonthDay.of(FEBRUARY, 10), MonthDay.of(MARCH, 9), MonthDay.of(APRIL, 16),
                MonthDay.of(SEPTEMBER, 30)), milestones.stream().map(MilestoneDefinition::day).toList());
        MilestoneDefinition feedback = milestones.get(2);
        assertEquals(DocumentKind.FEEDBACK_REPORT, feedback.documentKind());
        assertEquals(Workflows.SUBMITTED, feedback.requiredStatus());
        assertEquals(ProcessTemplates.COMMITTEE_FEEDBACK, feedback.phaseKey());
        MilestoneDefinition vp = milestones.get(3);
        assertEquals(DocumentKind.OPERATIONAL_PLAN, vp.documentKind());
        assertEquals(Workflows.DECIDED, vp.requiredStatus());
    }

    @Test
    void everyMilestone_belongsToAPhaseOfItsTemplate() {
        for (ProcessTemplate template : ProcessTemplates.all()) {
            for (MilestoneDefinition milestone : template.milestones()) {
                assertTrue(template.phase(milestone.phaseKey()).isPresent(), template.key() + "/" + milestone.key());
            }
        }
    }

    @Test
    void cycleName_usesAnEnDash() {
        assertEquals("Regionplan 2027\u20132030", target.cycleName(2027).sv());
        assertEquals("Regional plan 2027\u20132030", target.cycleName(2027).en());
    }

    @Test
    void byKey_findsBothTemplates() {
        assertSame(ProcessTemplates.REGION_YEARLY, ProcessTemplates.byKey("regionplan").orElseThrow());
        assertSame(ProcessTemplates.DEVELOPMENT_STRATEGY_TEMPLATE, ProcessTemplates.byKey("rus").orElseThrow());
        assertTrue(ProcessTemplates.byKey("nope").isEmpty());
    }

    @Test
    void aTemplate_whoseMilestoneNamesAnUnknownPhase_isRejected() {
        PhaseDefinition only = new PhaseDefinition("only", Bilingual.of("Enda", "Only"),
                MonthWindow.within(JANUARY, MARCH));
        MilestoneDefinition stray = new MilestoneDefinition("stray", Bilingual.of("Vilse", "Stray"), "elsewhere", 0,
                MonthDay.of(FEBRUARY, 1), null, null);

        assertThrows(IllegalArgumentException.class, () -> new ProcessTemplate("t", Bilingual.of("T", "T"),
                Bilingual.of("T", "T"), 1, 0, List.of(only), List.of(stray)));
    }

    @Test
    void aTemplate_withoutPhasesOrHorizon_isRejected() {
        PhaseDefinition only = new PhaseDefinition("only", Bilingual.of("Enda", "Only"),
                MonthWindow.within(JANUARY, MARCH));

        assertThrows(IllegalArgumentException.class, () -> new ProcessTemplate("t", Bilingual.of("T", "T"),
                Bilingual.of("T", "T"), 1, 0, List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ProcessTemplate("t", Bilingual.of("T", "T"),
                Bilingual.of("T", "T"), 0, 0, List.of(only), List.of()));
    }

    // --- value objects ---------------------------------------------------------------------------------------

    @Test
    void monthWindow_endingBeforeItStarts_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> MonthWindow.within(MAY, APRIL));
        assertThrows(IllegalArgumentException.class, () -> new MonthWindow(0, JANUARY, -1, DECEMBER));
    }

    @Test
    void monthWindow_ofASingleMonth_orAcrossTheYear_isAccepted() {
        assertEquals(new DateRange(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)),
                MonthWindow.within(FEBRUARY, FEBRUARY).resolve(2026));
        assertEquals(new DateRange(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29)),
                MonthWindow.within(FEBRUARY, FEBRUARY).resolve(2028));
        assertEquals(LocalDate.of(2027, 3, 31), new MonthWindow(0, NOVEMBER, 1, MARCH).resolve(2026).end());
    }

    @Test
    void dateRange_endingBeforeItStarts_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new DateRange(LocalDate.of(2026, 4, 17), LocalDate.of(2026, 4, 16)));
    }

    @Test
    void dateRange_ofOneDay_containsThatDayOnly() {
        DateRange oneDay = new DateRange(LocalDate.of(2026, 4, 16), LocalDate.of(2026, 4, 16));

        assertTrue(oneDay.contains(LocalDate.of(2026, 4, 16)));
        assertFalse(oneDay.contains(LocalDate.of(2026, 4, 15)));
        assertFalse(oneDay.contains(LocalDate.of(2026, 4, 17)));
    }

    @Test
    void milestone_withAKindButNoStatus_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Milestone("due", Bilingual.of("Sista dag", "Due"),
                LocalDate.of(2026, 4, 16), "feedback", null, DocumentKind.FEEDBACK_REPORT, null));
        assertThrows(IllegalArgumentException.class, () -> new Milestone("due", Bilingual.of("Sista dag", "Due"),
                LocalDate.of(2026, 4, 16), "feedback", null, null, Workflows.SUBMITTED));
        assertThrows(IllegalArgumentException.class, () -> new MilestoneDefinition("due", Bilingual.of("S", "D"),
                "feedback", 0, MonthDay.of(APRIL, 16), DocumentKind.FEEDBACK_REPORT, null));
    }

    @Test
    void milestone_withoutCommittees_appliesToEveryCommittee() {
        Milestone all = new Milestone("due", Bilingual.of("S", "D"), LocalDate.of(2026, 4, 16), "f",
                null, DocumentKind.FEEDBACK_REPORT, Workflows.SUBMITTED);
        Milestone some = new Milestone("due", Bilingual.of("S", "D"), LocalDate.of(2026, 4, 16), "f",
                Set.of(2L), DocumentKind.FEEDBACK_REPORT, Workflows.SUBMITTED);

        assertTrue(all.appliesTo(1) && all.appliesTo(2) && all.isDeadline());
        assertTrue(some.appliesTo(2) && !some.appliesTo(1));
    }

    @Test
    void bilingual_fallsBackToSwedish_whenEnglishIsMissing() {
        Bilingual text = Bilingual.of("Nämnd", " ");

        assertEquals("Nämnd", text.en());
        assertEquals("Nämnd", text.in(Locale.ENGLISH));
        assertEquals("Committee", Bilingual.of("Nämnd", "Committee").in(Locale.ENGLISH));
        assertEquals("Nämnd", Bilingual.of("Nämnd", "Committee").in(Locale.forLanguageTag("sv-SE")));
    }
}
