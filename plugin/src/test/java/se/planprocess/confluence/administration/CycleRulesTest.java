package se.planprocess.confluence.administration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CycleFactory;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.process.ProcessTemplates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules of a saved cycle, each refusal naming the field as the page and the API send it. */
class CycleRulesTest {
    private final CycleRules target = new CycleRules(KindCatalogue.builtIn());
    private final Cycle stored = withId(CycleFactory.fromTemplate(ProcessTemplates.REGION_YEARLY, 2027,
            Map.of(DocumentKind.FEEDBACK_REPORT, "2024")), 5);
    private final CycleDraft draft = CycleDraft.of(stored);

    @Test
    void theCycleAsItIs_isBuiltUnchanged() {
        assertEquals(stored, target.build(draft, stored, Set.of(), List.of()));
    }

    @Test
    void aPhaseEndingBeforeItStarts_isRefusedAtItsEnd() {
        CycleDraft.PhaseDraft drafting = draft.phases().get(3);
        InvalidValueException e = refused(draft.withPhase(3, new CycleDraft.PhaseDraft(drafting.key(),
                drafting.nameSv(), drafting.nameEn(), "2026-05-20", "2026-05-10", false)));

        assertEquals("phases[3].end", e.field());
        assertEquals(Rule.END_BEFORE_START, e.rule());
    }

    @Test
    void aPhaseStartingBeforeThePhaseBeforeIt_isRefused_unlessItRunsInParallel() {
        CycleDraft.PhaseDraft decision = draft.phases().get(4);
        CycleDraft early = draft.withPhase(4, new CycleDraft.PhaseDraft(decision.key(), decision.nameSv(),
                decision.nameEn(), "2026-03-01", "2026-06-30", false));
        InvalidValueException e = refused(early);
        assertEquals("phases[4].start", e.field());
        assertEquals(Rule.PHASE_ORDER, e.rule());

        CycleDraft parallel = draft.withPhase(4, new CycleDraft.PhaseDraft(decision.key(), decision.nameSv(),
                decision.nameEn(), "2026-03-01", "2026-06-30", true));
        assertTrue(target.build(parallel, stored, Set.of(), List.of()).phases().get(4).parallel());
    }

    @Test
    void theOperationalPlans_runInParallel_inTheTemplate() {
        CycleDraft.PhaseDraft plans = draft.phases().get(5);
        assertTrue(plans.parallel());
        InvalidValueException e = refused(draft.withPhase(5, new CycleDraft.PhaseDraft(plans.key(), plans.nameSv(),
                plans.nameEn(), plans.start(), plans.end(), false)));
        assertEquals("phases[5].start", e.field());
    }

    @Test
    void aDeadlineOnAStatusTheKindDoesNotHave_isRefusedAtTheStatus() {
        CycleDraft.MilestoneDraft due = feedbackDue();
        InvalidValueException e = refused(draft.withMilestone(draft.milestones().indexOf(due),
                new CycleDraft.MilestoneDraft(due.key(), due.nameSv(), due.nameEn(), due.date(), due.phase(),
                        "planning-premises", "handled", List.of())));

        assertEquals("milestones[" + draft.milestones().indexOf(due) + "].requiredStatus", e.field());
        assertEquals(Rule.STATUS_NOT_IN_KIND, e.rule());
    }

    @Test
    void aDeadlineForCommitteesThatDoNotExist_isRefused() {
        CycleDraft.MilestoneDraft due = feedbackDue();
        int index = draft.milestones().indexOf(due);
        InvalidValueException e = refused(draft.withMilestone(index, new CycleDraft.MilestoneDraft(due.key(),
                due.nameSv(), due.nameEn(), due.date(), due.phase(), due.documentKind(), due.requiredStatus(),
                List.of(1L, 99L))));
        assertEquals("milestones[" + index + "].committees", e.field());

        Cycle bound = target.build(draft.withMilestone(index, new CycleDraft.MilestoneDraft(due.key(), due.nameSv(),
                due.nameEn(), due.date(), due.phase(), due.documentKind(), due.requiredStatus(), List.of(1L))),
                stored, Set.of(1L, 2L), List.of());
        assertEquals(Set.of(1L), bound.milestones().stream().filter(m -> m.key().equals("feedback-due"))
                .findFirst().orElseThrow().committeeIds());
    }

    @Test
    void aMilestoneOutsideTheCycle_isRefusedAtItsDate() {
        CycleDraft.MilestoneDraft first = draft.milestones().get(0);
        InvalidValueException e = refused(draft.withMilestone(0, new CycleDraft.MilestoneDraft(first.key(),
                first.nameSv(), first.nameEn(), "2031-01-01", first.phase(), null, null, List.of())));
        assertEquals("milestones[0].date", e.field());
        assertEquals(Rule.OUTSIDE_CYCLE, e.rule());
    }

    @Test
    void aTenThousandCharacterName_isRefusedAsTooLong() {
        InvalidValueException e = refused(draft.withNameSv("Å".repeat(10_000)));
        assertEquals("nameSv", e.field());
        assertEquals(Rule.TOO_LONG, e.rule());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Regionplan\n2027", "Regionplan\u00002027", "Regionplan\u20282027", "Region\u001b[31m"})
    void aNameWithControlCharacters_isRefused(String name) {
        assertEquals(Rule.CONTROL_CHARACTERS, refused(draft.withNameSv(name)).rule());
        CycleDraft.PhaseDraft phase = draft.phases().get(1);
        InvalidValueException e = refused(draft.withPhase(1, new CycleDraft.PhaseDraft(phase.key(), name,
                phase.nameEn(), phase.start(), phase.end(), false)));
        assertEquals("phases[1].nameSv", e.field());
    }

    @Test
    void aPhaseDateThatIsNoDate_isRefusedAtTheField() {
        CycleDraft.PhaseDraft phase = draft.phases().get(2);
        InvalidValueException e = refused(draft.withPhase(2, new CycleDraft.PhaseDraft(phase.key(), phase.nameSv(),
                phase.nameEn(), "2026-02-30", phase.end(), false)));
        assertEquals("phases[2].start", e.field());
        assertEquals(Rule.NOT_A_DATE, e.rule());
    }

    @Test
    void aPhaseInTheYear2101_isNamedByItsIndex() {
        CycleDraft.PhaseDraft last = draft.phases().get(6);
        InvalidValueException e = refused(draft.withPhase(6, new CycleDraft.PhaseDraft(last.key(), last.nameSv(),
                last.nameEn(), last.start(), "2101-01-01", false)));
        assertEquals("phases[6].end", e.field());
    }

    @Test
    void anotherCycleOfTheSamePlanYear_isRefused() {
        Cycle other = withId(stored, 9);
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> target.build(draft, stored, Set.of(), List.of(other)));
        assertEquals("planYear", e.field());
        assertEquals(Rule.DUPLICATE_PERIOD, e.rule());
        assertEquals(stored, target.build(draft, stored, Set.of(), List.of(stored)), "the cycle itself is no other");
    }

    @Test
    void anUnknownTemplateVersion_isRefused() {
        CycleDraft unknown = new CycleDraft(draft.nameSv(), draft.nameEn(), 4, Map.of("feedback-report", "1999"),
                draft.phases(), draft.milestones());
        assertEquals("templateVersions.feedback-report", refused(unknown).field());
    }

    @Test
    void aMovedDeadline_isTheOnlyChangeRecorded() {
        CycleDraft.MilestoneDraft due = feedbackDue();
        Cycle moved = target.build(draft.withMilestone(draft.milestones().indexOf(due),
                new CycleDraft.MilestoneDraft(due.key(), due.nameSv(), due.nameEn(), "2026-04-23", due.phase(),
                        due.documentKind(), due.requiredStatus(), List.of())), stored, Set.of(), List.of());

        assertEquals(List.of("milestones[feedback-due].date: 2026-04-16 \u2192 2026-04-23"),
                CycleDiff.between(stored, moved));
        assertEquals(LocalDate.of(2026, 4, 23), moved.deadlinesFor(DocumentKind.FEEDBACK_REPORT, null).get(0).date());
    }

    private CycleDraft.MilestoneDraft feedbackDue() {
        return draft.milestones().stream().filter(m -> m.key().equals("feedback-due")).findFirst().orElseThrow();
    }

    private InvalidValueException refused(CycleDraft changed) {
        return assertThrows(InvalidValueException.class, () -> target.build(changed, stored, Set.of(), List.of()));
    }

    private static Cycle withId(Cycle cycle, long id) {
        return new Cycle(id, cycle.key(), cycle.name(), cycle.planYear(), cycle.horizonYears(), cycle.templateKey(),
                cycle.templateVersions(), cycle.phases(), cycle.milestones(), cycle.archived());
    }
}
