package se.planprocess.confluence.ao;

import net.java.ao.DatabaseProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.planprocess.confluence.document.ChangeType;
import se.planprocess.confluence.document.DocumentChange;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.planprocess.confluence.testing.Actors.anEditor;
import static se.planprocess.confluence.testing.Clocks.fixedAt;
import static se.planprocess.confluence.workflow.Workflows.DRAFT;
import static se.planprocess.confluence.workflow.Workflows.HANDLED;
import static se.planprocess.confluence.workflow.Workflows.PREPARED;

/**
 * The tracker's status history on H2 and PostgreSQL: each document's status changes in order with their versions,
 * statuses, times, authors and comments (the latest changes below the matrix show them), in one query for all
 * documents.
 */
class StatusHistoryReadsTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();

    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void statusChangesOfManyDocuments_comeInOneQuery_withVersionsStatusesAndTimes(AoTestDatabase database) {
        AoFixture db = AoFixture.on(database, DATABASES);
        DocumentService service = new DocumentService(db.documents, db.committees, KindCatalogue.builtIn(),
                fixedAt("2026-04-10T10:00:00+02:00"));
        List<Long> ids = new ArrayList<>();
        for (String space : List.of(db.hsnSpace, db.runSpace, db.knSpace)) {
            long pageId = db.newPageId();
            TrackedDocument report = service.register(pageId, space, "Återkopplingsrapport " + space,
                    DocumentKind.FEEDBACK_REPORT, db.cycle.id(), ReportTemplates.V2024, anEditor());
            report = service.markSection(pageId, report.version(), ReportTemplates.GOALS, true, null, anEditor());
            report = service.changeStatus(pageId, report.version(), PREPARED, null, anEditor());
            report = service.changeStatus(pageId, report.version(), HANDLED, null, anEditor());
            report = service.changeStatus(pageId, report.version(), PREPARED, "Kompletteras med risker.", anEditor());
            ids.add(report.id());
        }
        List<String> statements = Collections.synchronizedList(new ArrayList<>());
        DatabaseProvider.SqlListener listener = statements::add;
        db.ao.entityManager().getProvider().addSqlListener(listener);
        Map<Long, List<DocumentChange>> changes;
        try {
            changes = new AoStatusHistory(db.ao).statusChanges(ids);
        } finally {
            db.ao.entityManager().getProvider().removeSqlListener(listener);
        }

        List<String> selects = statements.stream().map(s -> s.trim().toUpperCase(Locale.ROOT).replace("\"", ""))
                .filter(s -> s.startsWith("SELECT")).toList();
        assertEquals(1, selects.size(), "one query for three documents' status changes: " + statements);
        for (long id : ids) {
            List<DocumentChange> history = changes.get(id);
            assertEquals(List.of(3L, 4L, 5L), history.stream().map(DocumentChange::seq).toList());
            assertEquals(List.of(ChangeType.STATUS, ChangeType.STATUS, ChangeType.STATUS),
                    history.stream().map(DocumentChange::type).toList());
            assertEquals(List.of(DRAFT, PREPARED, HANDLED), history.stream().map(DocumentChange::fromValue).toList());
            assertEquals(List.of(PREPARED, HANDLED, PREPARED), history.stream().map(DocumentChange::toValue).toList());
            history.forEach(c -> assertEquals(Instant.parse("2026-04-10T08:00:00Z"), c.at()));
            history.forEach(c -> assertEquals(id, c.documentId()));
            history.forEach(c -> assertEquals("Anna Andersson", c.actorName(), "the latest changes name who"));
            assertEquals(java.util.Arrays.asList(null, null, "Kompletteras med risker."),
                    history.stream().map(DocumentChange::comment).toList(), "and show the comment of a step back");
        }
    }

    /**
     * The tracker's two reads are AO's read-only streams, which fill only the columns they select: every field must
     * come back as the entity reads give it (a column left out of the selection reads as null or zero).
     */
    @ParameterizedTest
    @EnumSource(AoTestDatabase.class)
    void streamedReads_giveEveryFieldAsTheEntityReadsDo(AoTestDatabase database) {
        AoFixture db = AoFixture.on(database, DATABASES);
        DocumentService service = new DocumentService(db.documents, db.committees, KindCatalogue.builtIn(),
                fixedAt("2026-04-11T10:00:00+02:00"));
        long pageId = db.newPageId();
        TrackedDocument report = service.register(pageId, db.hsnSpace, "Återkopplingsrapport, alla fält",
                DocumentKind.FEEDBACK_REPORT, db.cycle.id(), ReportTemplates.V2024, anEditor());
        report = service.markSection(pageId, report.version(), ReportTemplates.GOALS, true, null, anEditor());
        report = service.changeStatus(pageId, report.version(), PREPARED, null, anEditor());
        report = service.changeStatus(pageId, report.version(), HANDLED, null, anEditor());
        report = service.changeStatus(pageId, report.version(), PREPARED, "Tillbaka: risker saknas.", anEditor());
        long id = report.id();

        TrackedDocument streamed = db.documents.findActiveByCycle(db.cycle.id(),
                java.util.Set.of(DocumentKind.FEEDBACK_REPORT)).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow();
        assertEquals(db.documents.findByPageId(pageId).orElseThrow(), streamed);
        assertEquals(db.documents.history(id).stream().filter(c -> c.type() == ChangeType.STATUS).toList(),
                new AoStatusHistory(db.ao).statusChanges(List.of(id)).get(id));
    }
}
