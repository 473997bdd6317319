package se.planprocess.confluence.tracker;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.ao.AoStatusHistory;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.workflow.Workflows;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tracker over the real index (Active Objects on H2 and PostgreSQL): what the viewer may not see is left out
 * before anything is counted, and the status history comes in set-based queries.
 */
class TrackerServiceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final Actor SECRETARY = new Actor("key-s", "Sekreterare", false);

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void trackerForAViewer_leavesOutWhatTheViewerMayNotSee_andCountsAfterwards(AoTestDatabase database) {
        AoFixture fixture = AoFixture.on(database, DATABASES);
        DocumentService early = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clocks.fixedAt("2026-04-10T10:00:00+02:00"));
        TrackedDocument hsnReport = submitted(fixture, early, fixture.hsnSpace, fixture.hsn.id());
        submitted(fixture, early, fixture.knSpace, fixture.kn.id());
        ProcessCalendar after = new ProcessCalendar(Clocks.fixedAt("2026-04-20T10:00:00+02:00"), KindCatalogue.builtIn());
        TrackerService target = new TrackerService(fixture.cycles, fixture.committees, fixture.documents,
                new AoStatusHistory(fixture.ao), after, KindCatalogue.builtIn());
        Set<String> visibleSpaces = Set.of(fixture.hsnSpace, fixture.runSpace);
        TrackerViewer viewer = new TrackerViewer() {
            @Override
            public List<Committee> visibleCommittees(List<Committee> committees) {
                return committees.stream().filter(c -> visibleSpaces.contains(c.spaceKey())).toList();
            }

            @Override
            public List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents) {
                return documents.stream().filter(d -> visibleSpaces.contains(d.spaceKey())).toList();
            }
        };

        TrackerMatrix matrix = target.matrix(fixture.cycle, viewer);

        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Regionala utvecklingsnämnden"),
                matrix.rows().stream().map(r -> r.committee().name()).toList());
        TrackerCell hsn = matrix.rows().get(0).cells().get(0);
        assertEquals(CellState.DONE, hsn.state());
        assertEquals(hsnReport.pageId(), hsn.document().orElseThrow().pageId());
        assertEquals(0, hsn.daysLateOnArrival());
        assertEquals(java.time.Instant.parse("2026-04-10T08:00:00Z"), hsn.reachedAt().orElseThrow(),
                "when the report was submitted, from the status history");
        assertEquals(CellState.MISSING, matrix.rows().get(1).cells().get(0).state());
        ColumnTotal total = matrix.totals().get(0);
        assertEquals(List.of(1, 1, 2), List.of(total.done(), total.behind(), total.rows()));
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void trackerForAViewer_asksAboutOnlyTheDocumentsItCanShow(AoTestDatabase database) {
        AoFixture fixture = AoFixture.on(database, DATABASES);
        DocumentService early = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clocks.fixedAt("2026-04-10T10:00:00+02:00"));
        TrackedDocument hsnReport = submitted(fixture, early, fixture.hsnSpace, fixture.hsn.id());
        TrackedDocument knReport = submitted(fixture, early, fixture.knSpace, fixture.kn.id());
        TrackedDocument hsnMeeting = early.register(fixture.newPageId(), fixture.hsnSpace, "Möte HSN",
                DocumentKind.MEETING, fixture.cycle.id(), null, SECRETARY);
        ProcessCalendar after = new ProcessCalendar(Clocks.fixedAt("2026-04-20T10:00:00+02:00"), KindCatalogue.builtIn());
        TrackerService target = new TrackerService(fixture.cycles, fixture.committees, fixture.documents,
                new AoStatusHistory(fixture.ao), after, KindCatalogue.builtIn());
        List<List<Long>> asked = new java.util.ArrayList<>();
        int[] committeeQuestions = {0};
        TrackerViewer viewer = new TrackerViewer() {
            @Override
            public List<Committee> visibleCommittees(List<Committee> committees) {
                committeeQuestions[0]++;
                return committees.stream()
                        .filter(c -> c.spaceKey() != null && !c.spaceKey().equals(fixture.knSpace)).toList();
            }

            @Override
            public List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents) {
                asked.add(documents.stream().map(TrackedDocument::pageId).toList());
                return documents;
            }
        };

        target.matrix(fixture.cycle, viewer);

        assertEquals(List.of(List.of(hsnReport.pageId())), asked, "one question, not about the meeting page "
                + hsnMeeting.pageId() + " (no column), not about the report " + knReport.pageId()
                + " of a committee the viewer cannot see");
        assertEquals(1, committeeQuestions[0], "all committees in one question");
    }

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void latestChanges_comeFromTheOneHistoryRead_andOnlyOfReportsTheViewerMaySee(AoTestDatabase database) {
        AoFixture fixture = AoFixture.on(database, DATABASES);
        DocumentService early = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clocks.fixedAt("2026-04-10T10:00:00+02:00"));
        TrackedDocument hsnReport = submitted(fixture, early, fixture.hsnSpace, fixture.hsn.id());
        DocumentService later = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clocks.fixedAt("2026-04-12T10:00:00+02:00"));
        submitted(fixture, later, fixture.knSpace, fixture.kn.id());
        hsnReport = later.changeStatus(hsnReport.pageId(), hsnReport.version(), Workflows.DECIDED,
                "Fel bilaga", SECRETARY);
        List<Integer> reads = new java.util.ArrayList<>();
        AoStatusHistory ao = new AoStatusHistory(fixture.ao);
        StatusHistory counted = ids -> {
            reads.add(ids.size());
            return ao.statusChanges(ids);
        };
        ProcessCalendar after = new ProcessCalendar(Clocks.fixedAt("2026-04-20T10:00:00+02:00"), KindCatalogue.builtIn());
        TrackerService target = new TrackerService(fixture.cycles, fixture.committees, fixture.documents, counted,
                after, KindCatalogue.builtIn());
        TrackerViewer viewer = new TrackerViewer() {
            @Override
            public List<Committee> visibleCommittees(List<Committee> committees) {
                return committees;
            }

            @Override
            public List<TrackedDocument> visibleDocuments(List<TrackedDocument> documents) {
                return documents.stream().filter(d -> !fixture.knSpace.equals(d.spaceKey())).toList();
            }
        };

        TrackerMatrix matrix = target.matrix(fixture.cycle, viewer);

        assertEquals(List.of(1), reads, "one read, of the one report the viewer may see");
        List<LatestChange> changes = matrix.latestChanges(10);
        assertEquals(5, changes.size(), "four steps forward and one back, all of the HSN report");
        assertTrue(changes.stream().allMatch(c -> c.committee().id() == fixture.hsn.id()), changes.toString());
        LatestChange newest = changes.get(0);
        assertEquals(List.of(Workflows.SUBMITTED, Workflows.DECIDED), List.of(newest.fromStatus(), newest.toStatus()));
        assertTrue(newest.back());
        assertEquals("Fel bilaga", newest.comment());
        assertEquals("Sekreterare", newest.by());
        assertEquals(java.time.Instant.parse("2026-04-12T08:00:00Z"), newest.at());
        assertEquals(Workflows.SUBMITTED, changes.get(1).toStatus());
    }

    private static TrackedDocument submitted(AoFixture fixture, DocumentService documents, String space,
                                             long committeeId) {
        long pageId = fixture.newPageId();
        TrackedDocument document = documents.register(pageId, space, "Återkopplingsrapport", DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), committeeId, ReportTemplates.V2024, SECRETARY);
        for (String status : List.of(Workflows.PREPARED, Workflows.HANDLED, Workflows.DECIDED, Workflows.SUBMITTED)) {
            document = documents.changeStatus(pageId, document.version(), status, null, true, SECRETARY);
        }
        return document;
    }
}
