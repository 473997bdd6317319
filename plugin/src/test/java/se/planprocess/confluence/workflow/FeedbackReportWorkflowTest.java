package se.planprocess.confluence.workflow;

import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.planprocess.confluence.process.DocumentKind;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.workflow.Workflows.DECIDED;
import static se.planprocess.confluence.workflow.Workflows.DRAFT;
import static se.planprocess.confluence.workflow.Workflows.HANDLED;
import static se.planprocess.confluence.workflow.Workflows.PREPARED;
import static se.planprocess.confluence.workflow.Workflows.RECEIVED;
import static se.planprocess.confluence.workflow.Workflows.SUBMITTED;

/**
 * The feedback report's life (seed 000: "berett, behandlat, beslutat och skickat in … tillhanda"):
 * Utkast → Under beredning → Behandlad i nämnd → Beslutad → Inskickad → Mottagen.
 */
class FeedbackReportWorkflowTest {
    private static final String COMMENT = "Nämnden vill komplettera avsnittet om investeringar.";

    private static final String FWD = "FORWARD";
    private static final String BACK = "BACK";
    private static final String SAME = "SAME_STATUS";
    private static final String NO = "NOT_ALLOWED";
    private static final String NEEDS_COMMENT = "COMMENT_REQUIRED";
    private static final String OWNER = "PROCESS_OWNER_ONLY";

    /**
     * Every ordered pair of the six statuses with the expected outcome for four askers, written out by hand:
     * an editor without / with a comment, the process owner without / with a comment.
     */
    private static final List<Expectation> ALL_PAIRS = List.of(
            //              from       to         editor         editor+comment  owner          owner+comment
            new Expectation(DRAFT,     DRAFT,     SAME,          SAME,           SAME,          SAME),
            new Expectation(DRAFT,     PREPARED,  FWD,           FWD,            FWD,           FWD),
            new Expectation(DRAFT,     HANDLED,   NO,            NO,             NO,            NO),
            new Expectation(DRAFT,     DECIDED,   NO,            NO,             NO,            NO),
            new Expectation(DRAFT,     SUBMITTED, NO,            NO,             NO,            NO),
            new Expectation(DRAFT,     RECEIVED,  NO,            NO,             NO,            NO),

            new Expectation(PREPARED,  DRAFT,     NEEDS_COMMENT, BACK,           NEEDS_COMMENT, BACK),
            new Expectation(PREPARED,  PREPARED,  SAME,          SAME,           SAME,          SAME),
            new Expectation(PREPARED,  HANDLED,   FWD,           FWD,            FWD,           FWD),
            new Expectation(PREPARED,  DECIDED,   NO,            NO,             NO,            NO),
            new Expectation(PREPARED,  SUBMITTED, NO,            NO,             NO,            NO),
            new Expectation(PREPARED,  RECEIVED,  NO,            NO,             NO,            NO),

            new Expectation(HANDLED,   DRAFT,     NO,            NO,             NO,            NO),
            new Expectation(HANDLED,   PREPARED,  NEEDS_COMMENT, BACK,           NEEDS_COMMENT, BACK),
            new Expectation(HANDLED,   HANDLED,   SAME,          SAME,           SAME,          SAME),
            new Expectation(HANDLED,   DECIDED,   FWD,           FWD,            FWD,           FWD),
            new Expectation(HANDLED,   SUBMITTED, NO,            NO,             NO,            NO),
            new Expectation(HANDLED,   RECEIVED,  NO,            NO,             NO,            NO),

            new Expectation(DECIDED,   DRAFT,     NO,            NO,             NO,            NO),
            new Expectation(DECIDED,   PREPARED,  NO,            NO,             NO,            NO),
            new Expectation(DECIDED,   HANDLED,   NEEDS_COMMENT, BACK,           NEEDS_COMMENT, BACK),
            new Expectation(DECIDED,   DECIDED,   SAME,          SAME,           SAME,          SAME),
            new Expectation(DECIDED,   SUBMITTED, FWD,           FWD,            FWD,           FWD),
            new Expectation(DECIDED,   RECEIVED,  NO,            NO,             NO,            NO),

            new Expectation(SUBMITTED, DRAFT,     NO,            NO,             NO,            NO),
            new Expectation(SUBMITTED, PREPARED,  NO,            NO,             NO,            NO),
            new Expectation(SUBMITTED, HANDLED,   NO,            NO,             NO,            NO),
            new Expectation(SUBMITTED, DECIDED,   NEEDS_COMMENT, BACK,           NEEDS_COMMENT, BACK),
            new Expectation(SUBMITTED, SUBMITTED, SAME,          SAME,           SAME,          SAME),
            new Expectation(SUBMITTED, RECEIVED,  OWNER,         OWNER,          FWD,           FWD),

            new Expectation(RECEIVED,  DRAFT,     NO,            NO,             NO,            NO),
            new Expectation(RECEIVED,  PREPARED,  NO,            NO,             NO,            NO),
            new Expectation(RECEIVED,  HANDLED,   NO,            NO,             NO,            NO),
            new Expectation(RECEIVED,  DECIDED,   NO,            NO,             NO,            NO),
            new Expectation(RECEIVED,  SUBMITTED, OWNER,         OWNER,          NEEDS_COMMENT, BACK),
            new Expectation(RECEIVED,  RECEIVED,  SAME,          SAME,           SAME,          SAME));

    private final Workflow target = Workflows.FEEDBACK_REPORT;

    record Expectation(String from, String to, String editor, String editorWithComment, String owner,
                       String ownerWithComment) {
    }

    static Stream<Arguments> allPairs() {
        return ALL_PAIRS.stream().map(e -> Arguments.of(e.from(), e.to(), e));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("allPairs")
    void everyPairOfStatuses_isDecidedAsTheTableSays(String from, String to, Expectation expected) {
        assertDecision(expected.editor(), from, to, target.check(from, to, null, false));
        assertDecision(expected.editor(), from, to, target.check(from, to, "   ", false));
        assertDecision(expected.editorWithComment(), from, to, target.check(from, to, COMMENT, false));
        assertDecision(expected.owner(), from, to, target.check(from, to, null, true));
        assertDecision(expected.ownerWithComment(), from, to, target.check(from, to, COMMENT, true));
    }

    @Test
    void theTable_coversAllThirtySixOrderedPairs_exactlyOnce() {
        List<String> keys = target.statuses().stream().map(Status::key).toList();
        Set<String> pairs = new HashSet<>();
        for (Expectation e : ALL_PAIRS) {
            assertTrue(keys.contains(e.from()) && keys.contains(e.to()), e.toString());
            assertTrue(pairs.add(e.from() + "→" + e.to()), "listed twice: " + e);
        }
        assertEquals(36, pairs.size());
    }

    @Test
    void statuses_areTheSixOfTheSeed_inOrder() {
        assertEquals(List.of(DRAFT, PREPARED, HANDLED, DECIDED, SUBMITTED, RECEIVED),
                target.statuses().stream().map(Status::key).toList());
        assertEquals(List.of("Utkast", "Under beredning", "Behandlad i nämnd", "Beslutad", "Inskickad", "Mottagen"),
                target.statuses().stream().map(s -> s.name().sv()).toList());
        assertEquals(List.of("Draft", "In preparation", "Handled by committee", "Decided", "Submitted", "Received"),
                target.statuses().stream().map(s -> s.name().en()).toList());
    }

    @Test
    void onlyMottagen_isReservedForTheProcessOwner() {
        assertEquals(List.of(RECEIVED),
                target.statuses().stream().filter(Status::ownerOnly).map(Status::key).toList());
    }

    @Test
    void forwardOneStep_isAllowedWithoutComment_andSaysFromAndTo() {
        Workflow.Decision decision = target.check(DRAFT, PREPARED, null, false);

        assertTrue(decision.isAllowed());
        assertNull(decision.refusal());
        assertEquals(DRAFT, decision.transition().from().key());
        assertEquals(PREPARED, decision.transition().to().key());
        assertEquals(Transition.Direction.FORWARD, decision.transition().direction());
    }

    @Test
    void backStep_withComment_isAllowedAsBack() {
        Workflow.Decision decision = target.check(DECIDED, HANDLED, COMMENT, false);

        assertTrue(decision.isAllowed());
        assertEquals(DECIDED, decision.transition().from().key());
        assertEquals(HANDLED, decision.transition().to().key());
        assertEquals(Transition.Direction.BACK, decision.transition().direction());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\t\n"})
    void backStep_withoutComment_isRefused(String blank) {
        assertEquals(TransitionRefusal.COMMENT_REQUIRED, target.check(PREPARED, DRAFT, blank, false).refusal());
    }

    @Test
    void skippingAStep_isRefused_evenForTheProcessOwnerWithAComment() {
        assertEquals(TransitionRefusal.NOT_ALLOWED, target.check(DRAFT, SUBMITTED, COMMENT, true).refusal());
        assertEquals(TransitionRefusal.NOT_ALLOWED, target.check(SUBMITTED, DRAFT, COMMENT, true).refusal());
    }

    @Test
    void sameStatus_isRefusedAsSameStatus() {
        Workflow.Decision decision = target.check(HANDLED, HANDLED, COMMENT, true);

        assertFalse(decision.isAllowed());
        assertNull(decision.transition());
        assertEquals(TransitionRefusal.SAME_STATUS, decision.refusal());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "archived", "Draft", "PREPARED", "Utkast", "planned"})
    void unknownTargetStatus_isRefusedAsUnknownStatus(String unknown) {
        for (Status from : target.statuses()) {
            assertEquals(TransitionRefusal.UNKNOWN_STATUS, target.check(from.key(), unknown, COMMENT, true).refusal(),
                    from.key() + " → " + unknown);
        }
    }

    @Test
    void intoMottagen_isOnlyForTheProcessOwner() {
        assertEquals(TransitionRefusal.PROCESS_OWNER_ONLY, target.check(SUBMITTED, RECEIVED, null, false).refusal());
        assertTrue(target.check(SUBMITTED, RECEIVED, null, true).isAllowed());
    }

    @Test
    void outOfMottagen_isOnlyForTheProcessOwner_andStillNeedsAComment() {
        assertEquals(TransitionRefusal.PROCESS_OWNER_ONLY,
                target.check(RECEIVED, SUBMITTED, COMMENT, false).refusal());
        assertEquals(TransitionRefusal.COMMENT_REQUIRED, target.check(RECEIVED, SUBMITTED, null, true).refusal());
        assertEquals(Transition.Direction.BACK,
                target.check(RECEIVED, SUBMITTED, COMMENT, true).transition().direction());
    }

    @Test
    void hasReached_isTrueFromTheRequiredStatusOn() {
        assertFalse(target.hasReached(DECIDED, SUBMITTED));
        assertTrue(target.hasReached(SUBMITTED, SUBMITTED));
        assertTrue(target.hasReached(RECEIVED, SUBMITTED));
        assertFalse(target.hasReached(DRAFT, PREPARED));
    }

    @Test
    void nextAndPrevious_stopAtTheEnds() {
        assertTrue(target.previous(target.initial()).isEmpty());
        assertEquals(PREPARED, target.next(target.initial()).orElseThrow().key());
        Status last = target.status(RECEIVED).orElseThrow();
        assertTrue(target.next(last).isEmpty());
        assertEquals(SUBMITTED, target.previous(last).orElseThrow().key());
    }

    @Test
    void everyKind_hasAWorkflow_startingAtItsFirstStatus() {
        for (KindSpecification kind : KindCatalogue.builtIn().all()) {
            Workflow workflow = kind.workflow();

            assertNotNull(workflow, kind.kind() + " has no workflow");
            assertTrue(workflow.statuses().size() >= 2);
            assertEquals(workflow.statuses().get(0), workflow.initial());
            assertEquals(0, workflow.rank(workflow.initial()));
        }
    }

    @Test
    void theOtherKinds_startWhereTheirWorkflowsSay() {
        Map<DocumentKind, String> initial = Map.of(
                DocumentKind.FEEDBACK_REPORT, DRAFT,
                DocumentKind.MEETING, "planned",
                DocumentKind.OPERATIONAL_PLAN, DRAFT,
                DocumentKind.ACTIVITY_PLAN, DRAFT,
                DocumentKind.PLANNING_PREMISES, DRAFT);
        assertEquals(initial.keySet(), KindCatalogue.builtIn().all().stream().map(KindSpecification::kind)
                .collect(java.util.stream.Collectors.toSet()), "the built-in kinds");
        for (DocumentKind kind : initial.keySet()) {
            assertEquals(initial.get(kind), KindCatalogue.builtIn().require(kind).workflow().initial().key(), kind.key());
        }
        assertEquals(List.of("planned", "held", "documented"),
                KindCatalogue.builtIn().require(DocumentKind.MEETING).workflow().statuses().stream().map(Status::key).toList());
        assertEquals(List.of(DRAFT, PREPARED, DECIDED),
                Workflows.OPERATIONAL_PLAN.statuses().stream().map(Status::key).toList());
        assertEquals(List.of(DRAFT, "approved"),
                Workflows.ACTIVITY_PLAN.statuses().stream().map(Status::key).toList());
        assertEquals(List.of(DRAFT, "proposed", DECIDED),
                Workflows.PLANNING_PREMISES.statuses().stream().map(Status::key).toList());
    }

    @Test
    void operationalPlan_movesForwardToDecided_withoutAnOwnerOnlyStep() {
        Workflow plan = Workflows.OPERATIONAL_PLAN;

        assertTrue(plan.check(DRAFT, PREPARED, null, false).isAllowed());
        assertTrue(plan.check(PREPARED, DECIDED, null, false).isAllowed());
        assertEquals(TransitionRefusal.NOT_ALLOWED, plan.check(DRAFT, DECIDED, null, false).refusal());
    }

    @Test
    void planningPremises_decidedByTheBoard_isOnlyForTheProcessOwner() {
        Workflow premises = Workflows.PLANNING_PREMISES;

        assertEquals(TransitionRefusal.PROCESS_OWNER_ONLY, premises.check("proposed", DECIDED, null, false).refusal());
        assertTrue(premises.check("proposed", DECIDED, null, true).isAllowed());
    }

    private static void assertDecision(String expected, String from, String to, Workflow.Decision actual) {
        String label = from + " → " + to;
        if (FWD.equals(expected) || BACK.equals(expected)) {
            assertTrue(actual.isAllowed(), label + " refused: " + actual.refusal());
            assertEquals(Transition.Direction.valueOf(expected), actual.transition().direction(), label);
            assertEquals(from, actual.transition().from().key(), label);
            assertEquals(to, actual.transition().to().key(), label);
        } else {
            assertFalse(actual.isAllowed(), label + " allowed");
            assertEquals(TransitionRefusal.valueOf(expected), actual.refusal(), label);
        }
    }
}
