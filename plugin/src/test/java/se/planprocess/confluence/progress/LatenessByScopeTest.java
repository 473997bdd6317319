package se.planprocess.confluence.progress;

import org.junit.jupiter.api.Test;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.ProcessTemplates;
import se.planprocess.confluence.testing.CycleBuilder;

import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.Clocks.fixedAt;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aDocument;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aFeedbackReport;
import static se.planprocess.confluence.workflow.Workflows.DECIDED;
import static se.planprocess.confluence.workflow.Workflows.SUBMITTED;

/**
 * Whom a passed deadline makes late follows the scope of its kind: each committee for the feedback report, the region
 * itself for the planning premises, the existing documents for meetings. Today is 1 February 2026; the deadlines
 * were 15 January.
 */
class LatenessByScopeTest {
    private static final String PASSED = "2026-01-15";
    private static final Committee HSN = aCommittee().withId(1).withSpaceKey("HSN").build();
    private static final Committee RUN = aCommittee().withId(2).withShortName("RUN").withSpaceKey("RUN").build();
    private static final Committee KN = aCommittee().withId(3).withShortName("KN").withSpaceKey("KN").build();

    private final ProcessCalendar target = new ProcessCalendar(fixedAt("2026-02-01T12:00:00+01:00"),
            KindCatalogue.builtIn());

    @Test
    void aPassedDeadlineForTheRegionsPlanningPremises_makesNoCommitteeLate() {
        Cycle cycle = cycleWith(deadline(DocumentKind.PLANNING_PREMISES, DECIDED, Set.of()));

        List<Lateness> late = target.lateness(cycle, List.of(HSN, RUN), List.of());

        assertTrue(late.stream().noneMatch(l -> l.committee() != null), () -> "committees called late: " + late);
        assertEquals(1, late.size(), "the region itself is behind: its planning premises are missing");
        assertTrue(late.get(0).ofTheRegion() && late.get(0).documentMissing());
    }

    @Test
    void theRegionsDecidedPremises_meetTheDeadline_whicheverSpaceTheyAreIn() {
        Cycle cycle = cycleWith(deadline(DocumentKind.PLANNING_PREMISES, DECIDED, Set.of()));
        TrackedDocument premises = aDocument(DocumentKind.PLANNING_PREMISES).forCommittee(HSN.id())
                .withStatus(DECIDED).build();

        assertEquals(List.of(), target.lateness(cycle, List.of(HSN, RUN), List.of(premises)));
        assertTrue(!target.isLate(cycle, premises));
    }

    @Test
    void theRegionsPremisesBelowTheStatus_areTheRegionsLateness_withTheDocument() {
        Cycle cycle = cycleWith(deadline(DocumentKind.PLANNING_PREMISES, DECIDED, Set.of(RUN.id())));
        TrackedDocument proposed = aDocument(DocumentKind.PLANNING_PREMISES).forCommittee(HSN.id())
                .withStatus("proposed").build();

        List<Lateness> late = target.lateness(cycle, List.of(HSN, RUN), List.of(proposed));

        assertEquals(1, late.size());
        assertNull(late.get(0).committee());
        assertSame(proposed, late.get(0).document());
        assertTrue(target.isLate(cycle, proposed),
                "a region's document is bound by every deadline of its kind, whichever committee's space it is in");
    }

    @Test
    void aCommitteeDeadline_namingNone_bindsEveryActiveCommittee_andAnInactiveOneNot() {
        Committee inactive = aCommittee().withId(4).withShortName("GAMMAL").withSpaceKey("OLD").inactive().build();
        Cycle cycle = cycleWith(deadline(DocumentKind.FEEDBACK_REPORT, SUBMITTED, Set.of()));
        TrackedDocument hsnSubmitted = aFeedbackReport().forCommittee(HSN.id()).withStatus(SUBMITTED).build();

        List<Lateness> late = target.lateness(cycle, List.of(HSN, RUN, KN, inactive), List.of(hsnSubmitted));

        assertEquals(List.of(RUN, KN), late.stream().map(Lateness::committee).toList());
        assertTrue(late.stream().allMatch(Lateness::documentMissing));
    }

    @Test
    void aMeetingDeadline_neverCallsAMeetingMissing_butAMeetingBelowTheStatusIsLate() {
        Cycle cycle = cycleWith(deadline(DocumentKind.MEETING, "held", Set.of()));
        TrackedDocument planned = aDocument(DocumentKind.MEETING).forCommittee(RUN.id()).build();
        TrackedDocument held = aDocument(DocumentKind.MEETING).forCommittee(RUN.id()).withStatus("held").build();

        List<Lateness> late = target.lateness(cycle, List.of(HSN, RUN, KN), List.of(planned, held));

        assertEquals(1, late.size(), late::toString);
        assertEquals(RUN, late.get(0).committee());
        assertSame(planned, late.get(0).document());
    }

    @Test
    void aDeadlineOfAKindWithoutSpecification_bindsNoOne() {
        Cycle cycle = cycleWith(deadline(new DocumentKind("minutes"), "done", Set.of()));

        assertEquals(List.of(), target.lateness(cycle, List.of(HSN, RUN), List.of()));
    }

    /** Set-based: 300 committees and two deadlines read each document once, not once per committee and deadline. */
    @Test
    void lateness_of300Committees_readsEveryDocumentOnce() {
        List<Committee> committees = LongStream.rangeClosed(1, 300)
                .mapToObj(id -> aCommittee().withId(id).withShortName("N" + id).withSpaceKey("S" + id).build())
                .toList();
        List<TrackedDocument> reports = new ArrayList<>();
        for (long id = 1; id <= 300; id += 2) {
            reports.add(aFeedbackReport().forCommittee(id).withStatus(id % 4 == 1 ? SUBMITTED : DECIDED).build());
        }
        CountingList documents = new CountingList(reports);
        Cycle cycle = cycleWith(deadline(DocumentKind.FEEDBACK_REPORT, SUBMITTED, Set.of()),
                deadline(DocumentKind.FEEDBACK_REPORT, DECIDED, Set.of()));

        List<Lateness> late = target.lateness(cycle, committees, documents);

        assertEquals(150 + 75 + 150, late.size(), "missing twice, decided once");
        assertTrue(documents.reads <= reports.size(), "documents read: " + documents.reads);
    }

    private static Milestone deadline(DocumentKind kind, String status, Set<Long> committees) {
        return new Milestone(kind.key() + "-" + status, Bilingual.of("Sista dag", "Deadline"),
                LocalDate.parse(PASSED), ProcessTemplates.COMMITTEE_FEEDBACK, committees, kind, status);
    }

    private static Cycle cycleWith(Milestone... milestones) {
        Cycle base = CycleBuilder.aCycle()
                .withPhase(ProcessTemplates.COMMITTEE_FEEDBACK, "2025-10-01", "2026-04-30").build();
        return new Cycle(base.id(), base.key(), base.name(), base.planYear(), base.horizonYears(), base.templateKey(),
                base.templateVersions(), base.phases(), List.of(milestones));
    }

    /** A list that counts how often an element is read. */
    private static final class CountingList extends AbstractList<TrackedDocument> {
        private final List<TrackedDocument> elements;
        private int reads;

        CountingList(List<TrackedDocument> elements) {
            this.elements = elements;
        }

        @Override
        public TrackedDocument get(int index) {
            reads++;
            return elements.get(index);
        }

        @Override
        public int size() {
            return elements.size();
        }
    }
}
