package se.planprocess.confluence.ao;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.planprocess.confluence.testing.Actors.anEditor;
import static se.planprocess.confluence.testing.Clocks.fixedAt;

/**
 * {@code findActiveByCycle(cycle, kinds)} on H2 and PostgreSQL returns exactly the active documents of that cycle
 * and those kinds: not the cycle's other kinds, not trashed ones, not another cycle's, and rows of earlier versions
 * whose kind is stored as a constant name ({@code FEEDBACK_REPORT}) as well.
 */
class ActiveDocumentsOfKindsTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final Set<DocumentKind> COLUMNS = Set.of(DocumentKind.FEEDBACK_REPORT, DocumentKind.OPERATIONAL_PLAN);

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void activeDocumentsOfACycle_ofSomeKinds_areExactlyThoseRows(AoTestDatabase database) {
        AoFixture db = AoFixture.on(database, DATABASES);
        AoFixture otherCycle = AoFixture.on(database, DATABASES);
        DocumentService service = new DocumentService(db.documents, db.committees, KindCatalogue.builtIn(),
                fixedAt("2026-09-01T10:00:00+02:00"));
        TrackedDocument hsnReport = register(service, db, db.hsnSpace, DocumentKind.FEEDBACK_REPORT, db.cycle.id());
        TrackedDocument runReport = register(service, db, db.runSpace, DocumentKind.FEEDBACK_REPORT, db.cycle.id());
        TrackedDocument knPlan = register(service, db, db.knSpace, DocumentKind.OPERATIONAL_PLAN, db.cycle.id());
        TrackedDocument meeting1 = register(service, db, db.hsnSpace, DocumentKind.MEETING, db.cycle.id());
        TrackedDocument meeting2 = register(service, db, db.knSpace, DocumentKind.MEETING, db.cycle.id());
        TrackedDocument knReport = register(service, db, db.knSpace, DocumentKind.FEEDBACK_REPORT, db.cycle.id());
        service.pageTrashed(knReport.pageId(), anEditor());
        TrackedDocument hsnPlan = register(service, db, db.hsnSpace, DocumentKind.OPERATIONAL_PLAN, db.cycle.id());
        service.pageTrashed(hsnPlan.pageId(), anEditor());
        register(service, otherCycle, otherCycle.hsnSpace, DocumentKind.FEEDBACK_REPORT, otherCycle.cycle.id());
        register(service, otherCycle, otherCycle.hsnSpace, DocumentKind.MEETING, otherCycle.cycle.id());
        long legacyReport = insertWithLegacyKind(db, "FEEDBACK_REPORT", db.cycle.id());
        long legacyMeeting = insertWithLegacyKind(db, "MEETING", db.cycle.id());
        insertWithLegacyKind(db, "FEEDBACK_REPORT", otherCycle.cycle.id());

        assertEquals(Set.of(hsnReport.id(), runReport.id(), knPlan.id(), legacyReport),
                ids(db.documents.findActiveByCycle(db.cycle.id(), COLUMNS)));
        assertEquals(Set.of(hsnReport.id(), runReport.id(), legacyReport),
                ids(db.documents.findActiveByCycle(db.cycle.id(), Set.of(DocumentKind.FEEDBACK_REPORT))));
        assertEquals(Set.of(meeting1.id(), meeting2.id(), legacyMeeting),
                ids(db.documents.findActiveByCycle(db.cycle.id(), Set.of(DocumentKind.MEETING))));
        assertEquals(Set.of(), ids(db.documents.findActiveByCycle(db.cycle.id(), Set.of(DocumentKind.ACTIVITY_PLAN))));
        assertEquals(List.of(), db.documents.findActiveByCycle(db.cycle.id(), Set.of()));
        assertEquals(ids(db.documents.findActiveByCycle(db.cycle.id()).stream()
                        .filter(d -> COLUMNS.contains(d.kind())).toList()),
                ids(db.documents.findActiveByCycle(db.cycle.id(), COLUMNS)));
        TrackedDocument legacy = db.documents.findActiveByCycle(db.cycle.id(), Set.of(DocumentKind.FEEDBACK_REPORT))
                .stream().filter(d -> d.id() == legacyReport).findFirst().orElseThrow();
        assertEquals(DocumentKind.FEEDBACK_REPORT, legacy.kind());
    }

    private static TrackedDocument register(DocumentService service, AoFixture db, String space, DocumentKind kind,
                                            long cycleId) {
        return service.register(db.newPageId(), space, kind.key() + " " + space, kind, cycleId,
                kind.equals(DocumentKind.FEEDBACK_REPORT) ? ReportTemplates.V2024 : null, anEditor());
    }

    /** A row as an earlier version wrote it: the kind as the constant name, unassigned (a page slot of its own). */
    private static long insertWithLegacyKind(AoFixture db, String storedKind, long cycleId) {
        long pageId = db.newPageId();
        Map<String, Object> values = new HashMap<>();
        values.put("PAGE_ID", pageId);
        values.put("SPACE_KEY", db.noCommitteeSpace);
        values.put("TITLE", "Äldre rad " + pageId);
        values.put("KIND", storedKind);
        values.put("CYCLE_ID", (int) cycleId);
        values.put("STATUS", "draft");
        values.put("STATE", TrackedDocument.State.ACTIVE.name());
        values.put("SLOT_KEY", "page:" + pageId);
        values.put("DOC_VERSION", 1L);
        return db.ao.create(AoTrackedDoc.class, values).getID();
    }

    private static Set<Long> ids(List<TrackedDocument> documents) {
        return documents.stream().map(TrackedDocument::id).collect(Collectors.toSet());
    }
}
