package se.planprocess.confluence.rest;

import com.atlassian.confluence.user.AuthenticatedUserThreadLocal;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.ao.AoStatusHistory;
import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentService;
import se.planprocess.confluence.fakes.BundleI18nResolver;
import se.planprocess.confluence.fakes.FakeConfluence;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.tracker.TrackerService;
import se.planprocess.confluence.workflow.Workflows;
import se.planprocess.hostao.EntityManagerActiveObjects;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.planprocess.confluence.rest.RestErrorsTest.error;

/**
 * {@code GET /tracker}: the matrix of a cycle as JSON, with nothing from a space, or a restricted page, the user may
 * not see: no row, cell, title or count.
 */
class TrackerResourceTest {
    private static final Map<AoTestDatabase, EntityManagerActiveObjects> DATABASES = AoFixture.newDatabaseCache();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FakeUser secretary = new FakeUser("sekreterare", "Nämndsekreterare HSN");
    private AoFixture fixture;
    private InMemoryJersey target;
    private long hsnPage;
    private long knPage;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        FakeConfluence confluence = new FakeConfluence()
                .canEdit(fixture.hsnSpace, secretary.name())
                .canView(fixture.runSpace, secretary.name());
        confluence.space(fixture.runSpace);
        hsnPage = fixture.newPageId();
        knPage = fixture.newPageId();
        confluence.page(hsnPage, fixture.hsnSpace, "Återkopplingsrapport 2027 – HSN <b>");
        confluence.page(knPage, fixture.knSpace, "Hemlig rapport KN");
        DocumentService documents = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clocks.fixedAt("2026-04-10T10:00:00+02:00"));
        Actor author = new Actor("key-s", "Sekreterare", false);
        documents.register(hsnPage, fixture.hsnSpace, "Återkopplingsrapport 2027 – HSN <b>",
                DocumentKind.FEEDBACK_REPORT, fixture.cycle.id(), ReportTemplates.V2024, author);
        documents.markSection(hsnPage, 1, "goals", true, null, author);
        documents.register(knPage, fixture.knSpace, "Hemlig rapport KN", DocumentKind.FEEDBACK_REPORT,
                fixture.cycle.id(), ReportTemplates.V2024, author);
        ProcessCalendar calendar = new ProcessCalendar(Clocks.fixedAt("2026-04-20T10:00:00+02:00"), KindCatalogue.builtIn());
        Messages messages = new Messages(new BundleI18nResolver(Locale.forLanguageTag("sv-SE")));
        target = new InMemoryJersey(messages, new TrackerResource(new TrackerService(fixture.cycles,
                fixture.committees, fixture.documents, new AoStatusHistory(fixture.ao), calendar, KindCatalogue.builtIn()),
                confluence.access(), messages, KindCatalogue.builtIn()));
        FakeConfluence.loginAs(secretary);
    }

    @AfterEach
    void logOut() {
        AuthenticatedUserThreadLocal.reset();
    }

    @Test
    void tracker_givesTheVisibleCommitteesCells_andNothingOfTheSpaceTheUserMayNotSee() throws Exception {
        InMemoryJersey.Answer answer = target.get("tracker?cycle=" + fixture.cycle.key());
        assertEquals(200, answer.status(), answer.body());
        JsonNode body = JSON.readTree(answer.body());

        List<String> committees = new ArrayList<>();
        body.get("rows").forEach(r -> committees.add(r.at("/committee/name").asText()));
        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Regionala utvecklingsnämnden"), committees);
        assertFalse(answer.body().contains("Hemlig"), answer.body());
        assertFalse(answer.body().contains("Kulturnämnden"), answer.body());

        JsonNode hsn = body.at("/rows/0/cells/0");
        assertEquals("feedback-report", hsn.get("kind").asText());
        assertEquals("late", hsn.get("state").asText());
        assertEquals(4, hsn.get("daysLate").asInt(), "due 16 April, seen on 20 April");
        assertEquals(Workflows.DRAFT, hsn.at("/status/key").asText());
        assertEquals("Återkopplingsrapport 2027 – HSN <b>", hsn.get("title").asText());
        assertEquals(hsnPage, hsn.get("pageId").asLong());
        assertTrue(hsn.get("url").asText().contains(String.valueOf(hsnPage)), hsn.toString());
        assertEquals(1, hsn.at("/readiness/ready").asInt());
        assertEquals(7, hsn.at("/readiness/total").asInt());
        assertEquals("2026-04-16", hsn.at("/deadline/date").asText());
        assertEquals("submitted", hsn.at("/deadline/requiredStatus").asText());

        assertEquals("missing", body.at("/rows/1/cells/0/state").asText());
        assertEquals(2, body.at("/totals/0/rows").asInt());
        assertEquals(2, body.at("/totals/0/behind").asInt());
        assertEquals(0, body.at("/totals/0/done").asInt());
    }

    @Test
    void theXlsxExport_holdsTheSameRowsAsTheJson_withDatesAsDates_andNothingHidden() throws Exception {
        InMemoryJersey.Download xlsx = target.download("tracker/export?cycle=" + fixture.cycle.key(),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals(200, xlsx.status(), new String(xlsx.bytes(), java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(xlsx.disposition().startsWith("attachment; filename=\"processoversikt-"), xlsx.disposition());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("Nämnd", sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> committees = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                committees.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            JsonNode json = JSON.readTree(target.get("tracker?cycle=" + fixture.cycle.key()).body());
            List<String> expected = new ArrayList<>();
            json.get("rows").forEach(row -> row.get("cells").forEach(cell -> {
                if (!"not-required".equals(cell.get("state").asText())) {
                    expected.add(row.at("/committee/name").asText());
                }
            }));
            assertEquals(expected, committees);
            var hsn = sheet.getRow(1);
            assertEquals("Återkopplingsrapport 2027 – HSN <b>", hsn.getCell(2).getStringCellValue());
            assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(hsn.getCell(5)), "deadline is a date");
            assertEquals(java.time.LocalDate.parse("2026-04-16"), hsn.getCell(5).getLocalDateTimeCellValue().toLocalDate());
            assertEquals(4, (int) hsn.getCell(6).getNumericCellValue(), "days late");
        }
    }

    @Test
    void theCsvExport_isUtf8WithBom_andSemicolons() throws Exception {
        InMemoryJersey.Download csv = target.download("tracker/export?format=csv&cycle=" + fixture.cycle.key(),
                "text/csv");
        assertEquals(200, csv.status());
        byte[] bytes = csv.bytes();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        String text = new String(bytes, 3, bytes.length - 3, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Nämnd;Dokument;Titel;"), text);
        assertTrue(text.contains("Hälso- och sjukvårdsnämnden;Återkopplingsrapport;"), text);
        assertFalse(text.contains("Hemlig"), text);
        assertEquals(400, target.download("tracker/export?format=pdf", "application/json").status());
    }

    @Test
    void latestChanges_listTheVisibleReportsStatusChanges_newestFirst_andNothingOfTheHiddenOne() throws Exception {
        Actor author = new Actor("key-s", "Sekreterare <i>", false);
        DocumentService early = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clocks.fixedAt("2026-04-11T10:00:00+02:00"));
        long version = early.changeStatus(hsnPage, 2, Workflows.PREPARED, null, author).version();
        early.changeStatus(knPage, 1, Workflows.PREPARED, "Hemlig kommentar", author);
        DocumentService later = new DocumentService(fixture.documents, fixture.committees, KindCatalogue.builtIn(),
                Clocks.fixedAt("2026-04-12T14:05:00+02:00"));
        version = later.changeStatus(hsnPage, version, Workflows.HANDLED, null, author).version();
        later.changeStatus(hsnPage, version, Workflows.PREPARED, "Fel <b>bilaga</b>", author);

        InMemoryJersey.Answer answer = target.get("tracker?cycle=" + fixture.cycle.key());
        assertEquals(200, answer.status(), answer.body());
        JsonNode changes = JSON.readTree(answer.body()).get("latestChanges");

        assertEquals(3, changes.size(), changes.toString());
        JsonNode newest = changes.get(0);
        assertEquals("2026-04-12T12:05:00Z", newest.get("at").asText());
        assertEquals("Hälso- och sjukvårdsnämnden", newest.at("/committee/name").asText());
        assertEquals("feedback-report", newest.get("kind").asText());
        assertEquals("Återkopplingsrapport 2027 – HSN <b>", newest.get("title").asText());
        assertEquals(hsnPage, newest.get("pageId").asLong());
        assertTrue(newest.get("url").asText().contains(String.valueOf(hsnPage)), newest.toString());
        assertEquals(Workflows.HANDLED, newest.at("/from/key").asText());
        assertEquals("Under beredning", newest.at("/to/name").asText());
        assertTrue(newest.get("back").asBoolean());
        assertEquals("Sekreterare <i>", newest.get("by").asText());
        assertEquals("Fel <b>bilaga</b>", newest.get("comment").asText(), "JSON is data: escaped by whoever renders it");
        assertTrue(changes.get(1).get("comment").isNull(), changes.get(1).toString());
        assertEquals(List.of(Workflows.HANDLED, Workflows.PREPARED), List.of(changes.get(1).at("/to/key").asText(),
                changes.get(2).at("/to/key").asText()));
        assertFalse(answer.body().contains("Hemlig"), answer.body());
        assertFalse(answer.body().contains(String.valueOf(knPage)), answer.body());

        JsonNode one = JSON.readTree(target.get("tracker?changes=1&cycle=" + fixture.cycle.key()).body());
        assertEquals(1, one.get("latestChanges").size());
        assertEquals("2026-04-12T12:05:00Z", one.at("/latestChanges/0/at").asText());
        JsonNode none = JSON.readTree(target.get("tracker?changes=0&cycle=" + fixture.cycle.key()).body());
        assertTrue(none.get("latestChanges").isArray() && none.get("latestChanges").isEmpty(), none.toString());
        String csv = new String(target.download("tracker/export?format=csv&cycle=" + fixture.cycle.key(), "text/csv")
                .bytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(csv.contains("bilaga") || csv.contains("Sekreterare <i>"), "not in the export: " + csv);
    }

    @Test
    void aNumberOfChangesOutsideZeroToFifty_is400InSwedish_namingTheField() throws Exception {
        for (String value : List.of("51", "-1", "tio", "2.5")) {
            JsonNode body = error(target.get("tracker?changes=" + value + "&cycle=" + fixture.cycle.key()), 400);
            assertEquals("changes", body.get("field").asText());
            assertEquals("out-of-range", body.get("error").asText());
            assertEquals("Fältet changes måste ligga mellan 0 och 50.", body.get("message").asText(), value);
        }
        assertEquals(200, target.get("tracker?changes=50&cycle=" + fixture.cycle.key()).status());
    }

    @Test
    void anUnknownCycle_is400_namingTheField() throws Exception {
        JsonNode body = error(target.get("tracker?cycle=no-such-cycle"), 400);
        assertEquals("cycle", body.get("field").asText());
    }
}
