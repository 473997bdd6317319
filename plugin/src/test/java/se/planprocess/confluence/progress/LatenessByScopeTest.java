package se.planprocess.confluence.progress;

import se.planprocess.confluence.kind.KindCatalogue;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.ProcessTemplates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Clocks.fixedAt;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aDocument;

class LatenessByScopeTest {
    private static final Committee HSN = aCommittee().withId(1).withSpaceKey("HSN").build();
    private static final Committee RUN = aCommittee().withId(2).withShortName("RUN").withSpaceKey("RUN").build();

    private final ProcessCalendar target = new ProcessCalendar(fixedAt("2026-02-01T12:00:00+01:00"), KindCatalogue.builtIn());

    @Test
    void aPassedDeadlineForTheRegionsPlanningPremises_makesNoCommitteeLate() {
        Cycle cycle = cycleWith(new Milestone("premises", Bilingual.of("Beslut", "Decision"),
                LocalDate.parse("2026-01-15"), ProcessTemplates.COMMITTEE_FEEDBACK, Set.of(),
                DocumentKind.PLANNING_PREMISES, "decided"));

        List<Lateness> late = target.lateness(cycle, List.of(HSN, RUN), List.of());

        assertTrue(late.stream().noneMatch(l -> l.committee() != null), () -> "committees called late: " + late);
        assertEquals(1, late.size(), "the region itself is behind: its planning premises are missing");
    }

    private static Cycle cycleWith(Milestone milestone) {
        Cycle base = se.planprocess.confluence.testing.CycleBuilder.aCycle()
                .withPhase(ProcessTemplates.COMMITTEE_FEEDBACK, "2025-10-01", "2026-04-30").build();
        return new Cycle(base.id(), base.key(), base.name(), base.planYear(), base.horizonYears(), base.templateKey(),
                base.templateVersions(), base.phases(), List.of(milestone));
    }
}
