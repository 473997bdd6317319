package se.planprocess.confluence.tracker;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.workflow.Workflows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.testing.CommitteeBuilder.aCommittee;
import static se.planprocess.confluence.testing.CycleBuilder.aCycle;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aDocument;
import static se.planprocess.confluence.testing.TrackedDocumentBuilder.aFeedbackReport;

/**
 * The tracker's latest status changes, from the history it already holds for its cells: newest first, as many as
 * asked (never more than 50 kept), and only of documents the matrix shows — a column's kind, a committee with a row,
 * active and of the cycle. Section marks and registrations are not status changes.
 */
class LatestChangesTest {
    private final Cycle cycle = aCycle().withId(7).withPlanYear(2025).withDeadline("2024-09-26").build();
    private final Committee kultur = aCommittee().withId(1).withName("Kulturnämnden").build();
    private final Committee folk = aCommittee().withId(2).withName("Folkhögskolenämnden").build();
    private final Committee hidden = aCommittee().withId(3).withName("Krisledningsnämnden").build();
    private final List<TrackedDocument> documents = new ArrayList<>();
    private final Map<Long, List<DocumentChange>> history = new HashMap<>();
    private final Tracker target = new Tracker(new ProcessCalendar(Clocks.fixedAt("2024-10-02T14:05:00+02:00"),
            KindCatalogue.builtIn()), KindCatalogue.builtIn());

    @Test
    void changes_comeNewestFirst_acrossCommittees_andOnlyStatusChanges() {
        TrackedDocument kn = report(kultur.id());
        TrackedDocument fhn = report(folk.id());
        change(kn, ChangeType.REGISTERED, null, Workflows.DRAFT, "2024-09-01T08:00:00Z");
        change(kn, ChangeType.STATUS, Workflows.DRAFT, Workflows.PREPARED, "2024-09-02T08:00:00Z");
        change(fhn, ChangeType.STATUS, Workflows.DRAFT, Workflows.PREPARED, "2024-09-03T08:00:00Z");
        change(kn, ChangeType.SECTION, null, "ready", "2024-09-04T08:00:00Z");
        change(kn, ChangeType.STATUS, Workflows.PREPARED, Workflows.HANDLED, "2024-10-02T12:05:00Z");

        TrackerMatrix matrix = build(List.of(kultur, folk));

        assertEquals(List.of("Kulturnämnden handled 2024-10-02T12:05:00Z", "Folkhögskolenämnden prepared 2024-09-03T08:00:00Z",
                "Kulturnämnden prepared 2024-09-02T08:00:00Z"), describe(matrix.latestChanges(10)));
        assertEquals(List.of("Kulturnämnden handled 2024-10-02T12:05:00Z"), describe(matrix.latestChanges(1)));
        assertTrue(matrix.latestChanges(0).isEmpty());
        LatestChange newest = matrix.latestChanges(1).get(0);
        assertEquals(Workflows.PREPARED, newest.fromStatus());
        assertEquals(kn.pageId(), newest.document().pageId());
        assertEquals(DocumentKind.FEEDBACK_REPORT, newest.kind());
        assertFalse(newest.back());
    }

    @Test
    void documentsTheMatrixDoesNotShow_haveNoChangesListed() {
        TrackedDocument shown = report(kultur.id());
        TrackedDocument ofAHiddenCommittee = report(hidden.id());
        TrackedDocument meeting = add(aDocument(DocumentKind.MEETING).forCycle(cycle.id()).forCommittee(kultur.id())
                .build());
        TrackedDocument trashed = add(aFeedbackReport().forCycle(cycle.id()).forCommittee(folk.id()).trashed().build());
        TrackedDocument otherCycle = add(aFeedbackReport().forCycle(99).forCommittee(folk.id()).build());
        TrackedDocument unassigned = add(aFeedbackReport().forCycle(cycle.id()).unassigned().build());
        for (TrackedDocument document : List.of(shown, ofAHiddenCommittee, trashed, otherCycle, unassigned)) {
            change(document, ChangeType.STATUS, Workflows.DRAFT, Workflows.PREPARED, "2024-09-02T08:00:00Z");
        }
        change(meeting, ChangeType.STATUS, "planned", "held", "2024-09-03T08:00:00Z");

        TrackerMatrix matrix = build(List.of(kultur, folk));

        assertEquals(List.of(shown.id()), matrix.latestChanges(50).stream().map(c -> c.document().id()).toList(),
                "not the hidden committee's report, the meeting (no column), the trashed report, another cycle's or"
                        + " an unassigned one");
    }

    @Test
    void onlyTheChosenKinds_keepTheirChanges() {
        Cycle twoKinds = aCycle().withId(8).withPlanYear(2025).withDeadline("2024-09-26")
                .withDeadlineOf(DocumentKind.OPERATIONAL_PLAN, "2024-12-15", Workflows.DECIDED).build();
        TrackedDocument report = add(aFeedbackReport().forCycle(8).forCommittee(kultur.id()).build());
        TrackedDocument plan = add(aDocument(DocumentKind.OPERATIONAL_PLAN).forCycle(8).forCommittee(kultur.id())
                .build());
        change(report, ChangeType.STATUS, Workflows.DRAFT, Workflows.PREPARED, "2024-09-02T08:00:00Z");
        change(plan, ChangeType.STATUS, Workflows.DRAFT, Workflows.PREPARED, "2024-09-03T08:00:00Z");

        TrackerMatrix matrix = target.build(twoKinds, List.of(kultur), documents, history);
        assertEquals(2, matrix.latestChanges(10).size());

        TrackerMatrix onlyPlans = target.build(twoKinds, java.util.Optional.empty(),
                Set.of(DocumentKind.OPERATIONAL_PLAN), List.of(kultur), documents, history);
        assertEquals(List.of(plan.id()), onlyPlans.latestChanges(10).stream().map(c -> c.document().id()).toList());
        assertEquals(1, onlyPlans.deliverables().size());
    }

    @Test
    void atMostFiftyAreKept_theNewest() {
        TrackedDocument kn = report(kultur.id());
        Instant start = Instant.parse("2024-09-01T08:00:00Z");
        for (int i = 0; i < 60; i++) {
            String from = i % 2 == 0 ? Workflows.DRAFT : Workflows.PREPARED;
            String to = i % 2 == 0 ? Workflows.PREPARED : Workflows.DRAFT;
            change(kn, ChangeType.STATUS, from, to, start.plusSeconds(60L * i).toString());
        }

        TrackerMatrix matrix = build(List.of(kultur));

        assertEquals(50, matrix.latestChanges().size());
        assertEquals(start.plusSeconds(60L * 59), matrix.latestChanges(50).get(0).at());
        assertEquals(start.plusSeconds(60L * 10), matrix.latestChanges(50).get(49).at());
        assertThrows(IllegalArgumentException.class, () -> matrix.latestChanges(51));
    }

    @Test
    void changesInTheSameMillisecond_comeInAFixedOrder_theLaterOfADocumentFirst() {
        TrackedDocument first = report(kultur.id());
        TrackedDocument second = report(folk.id());
        String at = "2024-09-02T08:00:00Z";
        change(first, ChangeType.STATUS, Workflows.DRAFT, Workflows.PREPARED, at);
        change(first, ChangeType.STATUS, Workflows.PREPARED, Workflows.HANDLED, at);
        change(second, ChangeType.STATUS, Workflows.DRAFT, Workflows.PREPARED, at);

        List<LatestChange> changes = build(List.of(kultur, folk)).latestChanges(10);

        assertEquals(List.of(second.id() + ":" + Workflows.PREPARED, first.id() + ":" + Workflows.HANDLED,
                first.id() + ":" + Workflows.PREPARED),
                changes.stream().map(c -> c.document().id() + ":" + c.toStatus()).toList());
    }

    @Test
    void aStepBack_isMarked_withItsComment_andAForcedStepNamesTheSectionsNotReady() {
        TrackedDocument kn = report(kultur.id());
        history.put(kn.id(), new ArrayList<>(List.of(new DocumentChange(kn.id(), 1, ChangeType.STATUS,
                Workflows.HANDLED, Workflows.PREPARED, null, "Komplettera investeringarna.", "key-a", "Anna Andersson",
                Instant.parse("2024-09-02T08:00:00Z")))));
        history.get(kn.id()).add(new DocumentChange(kn.id(), 2, ChangeType.STATUS, Workflows.DECIDED,
                Workflows.SUBMITTED, null, null, "key-s", " ", Instant.parse("2024-09-03T08:00:00Z"),
                List.of(ReportTemplates.RISK, ReportTemplates.OTHER), 7));

        List<LatestChange> changes = build(List.of(kultur)).latestChanges(10);

        LatestChange forced = changes.get(0);
        assertFalse(forced.back());
        assertEquals(List.of(ReportTemplates.RISK, ReportTemplates.OTHER), forced.notReadySections());
        assertEquals(7, forced.sectionCount());
        assertEquals("", forced.by(), "a blank name is no name");
        assertEquals("", forced.comment());
        LatestChange back = changes.get(1);
        assertTrue(back.back());
        assertEquals("Komplettera investeringarna.", back.comment());
        assertEquals("Anna Andersson", back.by());
    }

    @Test
    void theLimit_isEmptyForTen_orAWholeNumberFromZeroToFifty() {
        assertEquals(10, LatestChange.limit("changes", null));
        assertEquals(10, LatestChange.limit("changes", " "));
        assertEquals(0, LatestChange.limit("changes", "0"));
        assertEquals(50, LatestChange.limit("changes", " 50 "));
        assertEquals(7, LatestChange.limit("changes", "07"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"51", "-1", "tio", "1.5", "1e2", "9999999999", "٣", "5 6"})
    void aLimitOutsideZeroToFifty_orNotAWholeNumber_isRefusedNamingTheField(String raw) {
        InvalidValueException refused = assertThrows(InvalidValueException.class,
                () -> LatestChange.limit("changes", raw));
        assertEquals("changes", refused.field());
        assertEquals(InvalidValueException.Rule.OUT_OF_RANGE, refused.rule());
        assertEquals(List.of("changes", 0, 50), List.of(refused.messageArguments()));
    }

    private TrackerMatrix build(List<Committee> committees) {
        return target.build(cycle, committees, documents, history);
    }

    private TrackedDocument report(long committeeId) {
        return add(aFeedbackReport().forCycle(cycle.id()).forCommittee(committeeId).build());
    }

    private TrackedDocument add(TrackedDocument document) {
        documents.add(document);
        return document;
    }

    private void change(TrackedDocument document, ChangeType type, String from, String to, String at) {
        List<DocumentChange> changes = history.computeIfAbsent(document.id(), k -> new ArrayList<>());
        changes.add(new DocumentChange(document.id(), changes.size() + 1, type, from, to, null, null, "key-a",
                "Anna Andersson", Instant.parse(at)));
    }

    private static List<String> describe(List<LatestChange> changes) {
        return changes.stream().map(c -> c.committee().name() + " " + c.toStatus() + " " + c.at()).toList();
    }
}
