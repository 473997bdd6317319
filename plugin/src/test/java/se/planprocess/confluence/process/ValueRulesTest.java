package se.planprocess.confluence.process;

import se.planprocess.confluence.process.DocumentKind;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.report.ReportTemplates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The value rules of committees, phases, milestones and cycles, as the records themselves enforce them. */
class ValueRulesTest {
    @ParameterizedTest
    @ValueSource(strings = {"Kultur\r\nnämnden", "Kultur\tnämnden", "Kultur\u0000nämnden"})
    void aCommitteeName_withControlCharacters_cannotBeMade(String name) {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new Committee(0, name, "KN", "KN", true));

        assertEquals("name", e.field());
        assertEquals(Rule.CONTROL_CHARACTERS, e.rule());
    }

    @Test
    void aCommitteesShortNameAndSpaceKey_followTheirRules() {
        assertEquals("shortName", assertThrows(InvalidValueException.class,
                () -> new Committee(0, "Kulturnämnden", "K\nN", "KN", true)).field());
        InvalidValueException key = assertThrows(InvalidValueException.class,
                () -> new Committee(0, "Kulturnämnden", "KN", "K N", true));
        assertEquals("spaceKey", key.field());
        assertEquals(Rule.SPACE_KEY_FORMAT, key.rule());
        assertDoesNotThrow(() -> new Committee(0, "Kulturnämnden", "KN", null, true));
    }

    @Test
    void aMilestoneName_withALineBreak_cannotBeMade_inEitherLanguage() {
        assertEquals("nameSv", assertThrows(InvalidValueException.class, () -> new Milestone("due",
                Bilingual.of("Sista\ndag", "Due"), LocalDate.of(2026, 4, 16), "f", Set.of(), null, null)).field());
        assertEquals("nameEn", assertThrows(InvalidValueException.class, () -> new Milestone("due",
                Bilingual.of("Sista dag", "Due\r"), LocalDate.of(2026, 4, 16), "f", Set.of(), null, null)).field());
        assertEquals("key", assertThrows(InvalidValueException.class, () -> new Milestone("du\te",
                Bilingual.of("Sista dag", "Due"), LocalDate.of(2026, 4, 16), "f", Set.of(), null, null)).field());
    }

    @Test
    void aPhaseName_withAControlCharacter_cannotBeMade() {
        assertEquals("nameSv", assertThrows(InvalidValueException.class, () -> new CyclePhase("p",
                Bilingual.of("Fas\u0000", "Phase"), new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1))))
                .field());
    }

    @Test
    void theBuiltInTemplates_giveValidCycles_acrossThePlanningYears() {
        for (ProcessTemplate template : ProcessTemplates.all()) {
            for (int year = 2002; year <= Cycle.LAST_YEAR; year++) {
                int planYear = year;
                assertDoesNotThrow(() -> CycleFactory.fromTemplate(template, planYear, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024)),
                        template.key() + " " + planYear);
            }
        }
    }

    @Test
    void aCycleSpanningMillionsOfYears_isRefused_namingThePhaseDate() {
        Cycle base = regionplan();
        List<CyclePhase> phases = new ArrayList<>(base.phases());
        CyclePhase first = phases.get(0);
        phases.set(0, new CyclePhase(first.key(), first.name(),
                new DateRange(LocalDate.of(-999_999_999, 1, 1), LocalDate.of(999_999_999, 12, 31))));

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> withPhases(base, phases));

        assertEquals("phases.preparation.start", e.field());
        assertEquals(Rule.DATE_OUT_OF_RANGE, e.rule());
    }

    @Test
    void aPlanYearOutsideTheRange_isRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2101, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024)));

        assertEquals("planYear", e.field());
        assertEquals(Rule.OUT_OF_RANGE, e.rule());
    }

    @Test
    void aCycleLongerThanFiveYears_isRefused_butFiveYearsAreAllowed() {
        Cycle base = regionplan();
        List<CyclePhase> phases = new ArrayList<>(base.phases());
        CyclePhase last = phases.get(phases.size() - 1);
        LocalDate start = base.window().start();
        phases.set(phases.size() - 1, new CyclePhase(last.key(), last.name(),
                new DateRange(last.dates().start(), start.plusYears(Cycle.MAX_YEARS).minusDays(1))));
        assertDoesNotThrow(() -> withPhases(base, phases));

        phases.set(phases.size() - 1, new CyclePhase(last.key(), last.name(),
                new DateRange(last.dates().start(), start.plusYears(Cycle.MAX_YEARS))));
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> withPhases(base, phases));

        assertEquals("phases.activity-plans.end", e.field());
        assertEquals(Rule.CYCLE_TOO_LONG, e.rule());
    }

    @Test
    void aMilestoneOutsideTheCyclesWindow_isRefused_namingItsPlaceInTheList() {
        Cycle base = regionplan();
        List<Milestone> milestones = new ArrayList<>(base.milestones());
        milestones.add(new Milestone("follow-up", Bilingual.of("Uppföljning", "Follow-up"),
                base.window().end().plusDays(1), ProcessTemplates.ACTIVITY_PLANS, null, null, null));

        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new Cycle(0, base.key(),
                base.name(), base.planYear(), base.horizonYears(), base.templateKey(), base.templateVersions(),
                base.phases(), milestones));

        assertEquals("milestones[" + (milestones.size() - 1) + "].date", e.field());
        assertEquals(Rule.OUTSIDE_CYCLE, e.rule());
        assertEquals(List.of("2025-10-01", "2027-12-31"), List.of(e.messageArguments()[1], e.messageArguments()[2]));
    }

    private static Cycle regionplan() {
        return CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2027, Map.of(DocumentKind.FEEDBACK_REPORT, ReportTemplates.V2024));
    }

    private static Cycle withPhases(Cycle base, List<CyclePhase> phases) {
        return new Cycle(0, base.key(), base.name(), base.planYear(), base.horizonYears(), base.templateKey(),
                base.templateVersions(), phases, base.milestones());
    }
}
