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
import se.planprocess.confluence.fakes.FakeLabelManager;
import se.planprocess.confluence.fakes.FakeUser;
import se.planprocess.confluence.host.Messages;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.progress.ProcessCalendar;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.testing.AoFixture;
import se.planprocess.confluence.testing.AoTestDatabase;
import se.planprocess.confluence.testing.Clocks;
import se.planprocess.confluence.tracker.TrackerService;
import se.planprocess.confluence.tracker.macro.TrackerMacro;
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
    private BundleI18nResolver i18n;
    private FakeLabelManager labels;
    private TrackerService service;
    private FakeConfluence confluence;

    @BeforeEach
    void setUp() {
        fixture = AoFixture.on(AoTestDatabase.H2, DATABASES);
        confluence = new FakeConfluence()
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
        long runPlan = fixture.newPageId();
        confluence.page(runPlan, fixture.runSpace, "Verksamhetsplan RUN");
        documents.register(runPlan, fixture.runSpace, "Verksamhetsplan RUN", DocumentKind.OPERATIONAL_PLAN,
                fixture.cycle.id(), null, author);
        ProcessCalendar calendar = new ProcessCalendar(Clocks.fixedAt("2026-04-20T10:00:00+02:00"), KindCatalogue.builtIn());
        i18n = new BundleI18nResolver(Locale.forLanguageTag("sv-SE"));
        Messages messages = new Messages(i18n);
        labels = FakeLabelManager.empty()
                .category("vard", fixture.hsnSpace, fixture.knSpace)
                .category("utveckling", fixture.runSpace);
        service = new TrackerService(fixture.cycles, fixture.committees, fixture.documents,
                new AoStatusHistory(fixture.ao), calendar, KindCatalogue.builtIn());
        target = new InMemoryJersey(messages, new TrackerResource(service, confluence.access(), messages,
                KindCatalogue.builtIn(), labels));
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
        for (String path : List.of("tracker?cycle=no-such-cycle", "tracker/export?format=csv&cycle=no-such-cycle")) {
            JsonNode body = error(target.get(path), 400);
            assertEquals("cycle", body.get("field").asText());
            assertEquals("invalid-input", body.get("error").asText());
            assertEquals("Planperioden no-such-cycle finns inte (parametern cycle i processöversikten).",
                    body.get("message").asText(), "the macro's message for the same parameter");
        }
        JsonNode hostile = error(target.get("tracker?cycle=%3Cscript%3E"), 400);
        assertEquals("Den angivna planperioden finns inte (parametern cycle i processöversikten).",
                hostile.get("message").asText());
    }

    @Test
    void aFilteredTracker_countsOnlyWhatTheUserMaySee_aRestrictedReportIsNoCellTitleOrCount() throws Exception {
        JsonNode before = tracker("&spaceCategory=vard&kinds=feedback-report");
        assertEquals("late", before.at("/rows/0/cells/0/state").asText());
        assertEquals("Återkopplingsrapport 2027 – HSN <b>", before.at("/rows/0/cells/0/title").asText());

        confluence.restrictView(hsnPage, "ekonom");
        for (String filter : List.of("&spaceCategory=vard&kinds=feedback-report", "&committees=HSN,RUN",
                "&phase=committee-feedback")) {
            InMemoryJersey.Answer answer = target.get("tracker?cycle=" + fixture.cycle.key() + filter);
            assertEquals(200, answer.status(), answer.body());
            JsonNode after = JSON.readTree(answer.body());
            JsonNode hsn = after.at("/rows/0");
            assertEquals("Hälso- och sjukvårdsnämnden", hsn.at("/committee/name").asText(), filter);
            JsonNode cell = hsn.at("/cells/0");
            assertEquals("feedback-report", cell.get("kind").asText(), filter);
            assertEquals("missing", cell.get("state").asText(), "what the user may see: no report " + filter);
            assertFalse(cell.has("title") || cell.has("pageId") || cell.has("status"), cell.toString());
            assertFalse(answer.body().contains("HSN <b>") || answer.body().contains(String.valueOf(hsnPage)),
                    answer.body());
            assertEquals(0, after.at("/totals/0/done").asInt(), filter);
            assertEquals(after.get("rows").size(), after.at("/totals/0/rows").asInt(), filter);
            String csv = new String(target.download("tracker/export?format=csv&cycle=" + fixture.cycle.key() + filter,
                    "text/csv").bytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertFalse(csv.contains("HSN <b>"), csv);
            assertEquals(jsonLines(after), xlsxLines(target.download("tracker/export?cycle=" + fixture.cycle.key()
                    + filter, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").bytes()), filter);
        }
    }

    @Test
    void kinds_keepOnlyTheirColumns_andTheTotalsAndCommitteesBehindCountOnlyThose() throws Exception {
        JsonNode all = tracker("");
        assertEquals(List.of("feedback-report", "operational-plan"), kinds(all));
        assertEquals(2, all.get("committeesBehind").asInt(), "both are behind with the feedback report");

        JsonNode plans = tracker("&kinds=operational-plan");
        assertEquals(List.of("operational-plan"), kinds(plans));
        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Regionala utvecklingsnämnden"), committees(plans));
        for (JsonNode row : plans.get("rows")) {
            assertEquals(1, row.get("cells").size(), row.toString());
            assertEquals("operational-plan", row.at("/cells/0/kind").asText());
        }
        assertEquals("Verksamhetsplan RUN", plans.at("/rows/1/cells/0/title").asText());
        assertEquals(1, plans.get("totals").size());
        assertEquals(2, plans.at("/totals/0/rows").asInt());
        assertEquals(0, plans.at("/totals/0/behind").asInt());
        assertEquals(0, plans.get("committeesBehind").asInt(), "the operational plans are not due yet");

        assertEquals(List.of("feedback-report", "operational-plan"),
                kinds(tracker("&kinds=operational-plan&kinds=feedback-report")), "a repeated list adds up");
    }

    @Test
    void committees_byShortNameOrSpaceKey_narrowTheRows_butNeverToACommitteeTheUserMayNotSee() throws Exception {
        JsonNode run = tracker("&committees=run,KN");
        assertEquals(List.of("Regionala utvecklingsnämnden"), committees(run));
        assertEquals(1, run.at("/totals/0/rows").asInt());
        assertEquals(1, run.at("/totals/0/behind").asInt());
        assertEquals(1, run.get("committeesBehind").asInt());
        assertFalse(run.toString().contains("Kultur") || run.toString().contains("Hemlig"), run.toString());

        assertEquals(List.of("Hälso- och sjukvårdsnämnden"), committees(tracker("&committees="
                + fixture.hsnSpace.toLowerCase(Locale.ROOT))), "a space key, in any case");
        assertEquals(List.of(), committees(tracker("&committees=KN")), "a committee the user may not see");
    }

    @Test
    void aSpaceCategory_givesTheCommitteesWhoseSpaceHasIt_thatTheUserMaySee_inOneLookupPerCategory() throws Exception {
        JsonNode care = tracker("&spaceCategory=Vard");
        assertEquals(List.of("Hälso- och sjukvårdsnämnden"), committees(care), "Kulturnämnden is hidden from the user");
        assertEquals(1, care.at("/totals/0/rows").asInt());
        assertEquals(1, care.get("committeesBehind").asInt());
        assertFalse(care.toString().contains("Kultur") || care.toString().contains("Hemlig"), care.toString());
        assertEquals(2, labels.lookups(), "the stored team label, then the spaces with it");

        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Regionala utvecklingsnämnden"),
                committees(tracker("&spaceCategory=vard,utveckling")));

        JsonNode none = tracker("&spaceCategory=skola");
        assertEquals(List.of(), committees(none));
        assertEquals(0, none.at("/totals/0/rows").asInt());
        assertEquals(0, none.get("committeesBehind").asInt());
    }

    @Test
    void aPhase_keepsTheDeliverablesWithDeadlinesInIt() throws Exception {
        JsonNode feedback = tracker("&phase=committee-feedback");
        assertEquals(List.of("feedback-report"), kinds(feedback));
        assertEquals(2, feedback.get("committeesBehind").asInt());

        JsonNode plans = tracker("&phase=operational-plans");
        assertEquals(List.of("operational-plan"), kinds(plans));
        assertEquals(0, plans.get("committeesBehind").asInt());

        JsonNode drafting = tracker("&phase=drafting");
        assertEquals(List.of(), kinds(drafting), "no deadline of a committee's document in the drafting phase");
        assertEquals(0, drafting.get("totals").size());
        assertEquals(0, drafting.get("committeesBehind").asInt());
    }

    @Test
    void filtersTogether_narrowRowsAndColumnsAtOnce() throws Exception {
        JsonNode both = tracker("&spaceCategory=vard,utveckling&phase=committee-feedback&kinds=feedback-report");
        assertEquals(List.of("feedback-report"), kinds(both));
        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Regionala utvecklingsnämnden"), committees(both));
        assertEquals(2, both.at("/totals/0/behind").asInt());

        JsonNode runPlans = tracker("&committees=RUN&phase=operational-plans");
        assertEquals(List.of("Regionala utvecklingsnämnden"), committees(runPlans));
        assertEquals(List.of("operational-plan"), kinds(runPlans));
        assertEquals(0, runPlans.get("committeesBehind").asInt());

        JsonNode nothing = tracker("&kinds=operational-plan&phase=committee-feedback");
        assertEquals(List.of(), kinds(nothing), "the kind has no deadline in the phase");
        assertEquals(0, nothing.get("committeesBehind").asInt());
    }

    @Test
    void aBadFilter_is400_namingTheParameter_inTheUsersLanguage_andNeverQuotesWhatWasSent() throws Exception {
        String kinds = "Parametern kinds i processöversikten har ett ogiltigt värde.";
        String category = "Parametern spaceCategory (rymdkategori) i processöversikten har ett ogiltigt värde.";
        Map<String, List<String>> cases = new java.util.LinkedHashMap<>();
        cases.put("kinds=%3Cscript%3Ealert(1)%3C/script%3E", List.of("kinds", kinds));
        cases.put("kinds=no-such-kind", List.of("kinds", kinds));
        cases.put("committees=%3Cb%3EKN%3C/b%3E", List.of("committees",
                "Parametern committees i processöversikten har ett ogiltigt värde."));
        cases.put("spaceCategory=vard,%3Cscript%3E", List.of("spaceCategory", category));
        cases.put("spaceCategory=" + String.join(",", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "k" + i)
                .toList()), List.of("spaceCategory", category));
        cases.put("committees=KN&spaceCategory=vard", List.of("spaceCategory",
                "Ange antingen nämnder eller rymdkategori i processöversikten, inte båda."));
        cases.put("phase=%3Cscript%3Ealert(1)%3C/script%3E", List.of("phase",
                "Den angivna fasen finns inte i planperioden Regionplan 2027–2030. Giltiga faser: preparation,"
                        + " planning-premises, committee-feedback, drafting, decision, operational-plans, activity-plans."));
        cases.put("phase=drafting&phase=decision", List.of("phase", "Den angivna fasen finns inte i planperioden"
                + " Regionplan 2027–2030. Giltiga faser: preparation, planning-premises, committee-feedback, drafting,"
                + " decision, operational-plans, activity-plans."));
        cases.put("phase=drafting%0A", List.of("phase", "Parametern phase i processöversikten har ett ogiltigt värde."));
        for (Map.Entry<String, List<String>> c : cases.entrySet()) {
            for (String path : List.of("tracker?cycle=", "tracker/export?cycle=")) {
                confluence.resetCalls();
                InMemoryJersey.Answer answer = target.get(path + fixture.cycle.key() + "&" + c.getKey());
                assertEquals(Map.of(), confluence.calls(), "nothing asked of the host for a refused " + c.getKey());
                JsonNode body = error(answer, 400);
                assertEquals("invalid-input", body.get("error").asText(), c.getKey());
                assertEquals(c.getValue().get(0), body.get("field").asText(), c.getKey());
                assertTrue(body.get("message").asText().startsWith(c.getValue().get(1)), body.get("message").asText());
                assertFalse(answer.body().contains("script") || answer.body().contains("<b>"), answer.body());
            }
        }
        assertEquals(0, labels.lookups(), "nothing is looked up for a refused filter");
    }

    @Test
    void anUnknownPhase_listsTheCyclesPhases_inTheMessageAndAsData_inEnglishToo() throws Exception {
        JsonNode body = error(target.get("tracker?cycle=" + fixture.cycle.key() + "&phase=harvest"), 400);
        assertEquals("phase", body.get("field").asText());
        assertEquals("Fasen harvest finns inte i planperioden Regionplan 2027–2030. Giltiga faser: preparation,"
                + " planning-premises, committee-feedback, drafting, decision, operational-plans, activity-plans.",
                body.get("message").asText());
        List<String> valid = new ArrayList<>();
        body.get("validPhases").forEach(p -> valid.add(p.asText()));
        assertEquals(List.of("preparation", "planning-premises", "committee-feedback", "drafting", "decision",
                "operational-plans", "activity-plans"), valid);

        i18n.use(Locale.ENGLISH);
        JsonNode english = error(target.get("tracker/export?format=csv&cycle=" + fixture.cycle.key() + "&phase=harvest"), 400);
        assertTrue(english.get("message").asText().startsWith("The phase harvest does not exist in the plan period"),
                english.get("message").asText());
        JsonNode conflict = error(target.get("tracker?committees=KN&spaceCategory=vard"), 400);
        assertEquals("Give either committees or a space category in the process overview, not both.",
                conflict.get("message").asText());
    }

    @Test
    void theXlsxExport_ofAPhaseOrACategory_holdsTheRowsOfTheJsonForTheSameQuery_andIsNamedAfterThePhase()
            throws Exception {
        for (String query : List.of("&phase=committee-feedback", "&phase=operational-plans", "&spaceCategory=vard",
                "&spaceCategory=vard,utveckling&phase=operational-plans", "&kinds=operational-plan&committees=RUN",
                "&spaceCategory=skola")) {
            InMemoryJersey.Download xlsx = target.download("tracker/export?cycle=" + fixture.cycle.key() + query,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            assertEquals(200, xlsx.status(), query);
            assertEquals(jsonLines(tracker(query)), xlsxLines(xlsx.bytes()), query);
        }
        InMemoryJersey.Download plans = target.download("tracker/export?cycle=" + fixture.cycle.key()
                + "&phase=operational-plans", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertEquals("attachment; filename=\"processoversikt-" + fixture.cycle.key() + "-operational-plans.xlsx\"",
                plans.disposition());
        assertEquals(List.of("Regionala utvecklingsnämnden · Verksamhetsplan · Verksamhetsplan RUN",
                "Hälso- och sjukvårdsnämnden · Verksamhetsplan · "), xlsxLines(plans.bytes()).stream().sorted(
                java.util.Comparator.reverseOrder()).toList(), "a spreadsheet that can tell the phase's rows");
    }

    @Test
    void theCsvExport_honoursTheFilters() throws Exception {
        InMemoryJersey.Download csv = target.download("tracker/export?format=csv&cycle=" + fixture.cycle.key()
                + "&committees=RUN&kinds=feedback-report", "text/csv");
        assertEquals(200, csv.status());
        String text = new String(csv.bytes(), 3, csv.bytes().length - 3, java.nio.charset.StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals(2, lines.size(), text);
        assertTrue(lines.get(1).startsWith("Regionala utvecklingsnämnden;Återkopplingsrapport;;Saknas;"), text);
        assertEquals("attachment; filename=\"processoversikt-" + fixture.cycle.key() + ".csv\"", csv.disposition());
    }

    @Test
    void theMacrosExportLinks_carryItsFilters_andGiveTheRowsTheMacroShows() throws Exception {
        Map<String, Object> rendered = new java.util.HashMap<>();
        com.atlassian.templaterenderer.TemplateRenderer renderer = new com.atlassian.templaterenderer.TemplateRenderer() {
            @Override
            public void render(String template, Map<String, Object> context, java.io.Writer writer) {
                rendered.putAll(context);
            }

            @Override
            public String renderFragment(String fragment, Map<String, Object> context) {
                throw new UnsupportedOperationException();
            }
        };
        com.atlassian.webresource.api.assembler.RequiredResources resources =
                new com.atlassian.webresource.api.assembler.RequiredResources() {
                    @Override
                    public com.atlassian.webresource.api.assembler.RequiredResources requireWebResource(String key) {
                        return this;
                    }
                };
        Messages messages = new Messages(i18n);
        TrackerMacro macro = new TrackerMacro(service, confluence.access(), messages, renderer, () -> () -> resources,
                mode -> "/confluence", KindCatalogue.builtIn(), labels);
        macro.execute(Map.of("cycle", fixture.cycle.key(), "spaceCategory", "Utveckling, vard",
                "phase", " operational-plans ", "kinds", "operational-plan", "layout", "list"), "", null);

        String xlsxLink = (String) rendered.get("exportXlsx");
        assertEquals("/confluence/rest/planprocess/1.0/tracker/export?cycle=" + fixture.cycle.key()
                + "&kinds=operational-plan&spaceCategory=utveckling%2Cvard&phase=operational-plans", xlsxLink);
        assertEquals(xlsxLink + "&format=csv", rendered.get("exportCsv"));
        String relative = xlsxLink.substring("/confluence/rest/planprocess/1.0/".length());
        InMemoryJersey.Download xlsx = target.download(relative,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        List<String> shown = new ArrayList<>();
        for (Object row : (List<?>) ((Map<?, ?>) rendered.get("view")).get("rows")) {
            shown.add((String) ((Map<?, ?>) row).get("committee"));
        }
        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Regionala utvecklingsnämnden"), shown);
        assertEquals(shown, xlsxLines(xlsx.bytes()).stream().map(l -> l.substring(0, l.indexOf(" · "))).toList());
        assertEquals(jsonLines(tracker("&kinds=operational-plan&spaceCategory=utveckling%2Cvard&phase=operational-plans")),
                xlsxLines(xlsx.bytes()));
    }

    private JsonNode tracker(String query) throws Exception {
        InMemoryJersey.Answer answer = target.get("tracker?cycle=" + fixture.cycle.key() + query);
        assertEquals(200, answer.status(), answer.body());
        return JSON.readTree(answer.body());
    }

    private static List<String> kinds(JsonNode tracker) {
        List<String> kinds = new ArrayList<>();
        tracker.get("deliverables").forEach(d -> kinds.add(d.get("kind").asText()));
        return kinds;
    }

    private static List<String> committees(JsonNode tracker) {
        List<String> committees = new ArrayList<>();
        tracker.get("rows").forEach(r -> committees.add(r.at("/committee/name").asText()));
        return committees;
    }

    /** Committee · kind · title of each cell the JSON requires, in its order: what the export has a row for. */
    private static List<String> jsonLines(JsonNode tracker) {
        Map<String, String> kindNames = new java.util.HashMap<>();
        tracker.get("deliverables").forEach(d -> kindNames.put(d.get("kind").asText(), d.get("name").asText()));
        List<String> lines = new ArrayList<>();
        tracker.get("rows").forEach(row -> row.get("cells").forEach(cell -> {
            if (!"not-required".equals(cell.get("state").asText())) {
                lines.add(row.at("/committee/name").asText() + " · " + kindNames.get(cell.get("kind").asText()) + " · "
                        + (cell.hasNonNull("title") ? cell.get("title").asText() : ""));
            }
        }));
        return lines;
    }

    private static List<String> xlsxLines(byte[] bytes) throws Exception {
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(bytes))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("Nämnd", sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> lines = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                var row = sheet.getRow(r);
                var title = row.getCell(2);
                lines.add(row.getCell(0).getStringCellValue() + " · " + row.getCell(1).getStringCellValue() + " · "
                        + (title == null ? "" : title.getStringCellValue()));
            }
            return lines;
        }
    }
}
