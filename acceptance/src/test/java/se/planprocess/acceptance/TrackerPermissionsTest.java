package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the tracker on ekonomistaben's dashboard shows depends on who looks. Krisledningsnämnden's space is seen only
 * by its own group and ekonomistaben: another committee's secretary gets no row, title or count of it, in the page,
 * the JSON and both exports. Patientnämnden's report of this year has a page restriction to ekonomistaben: those who
 * see Patientnämnden's space but not the page see the committee's cell as "Saknas", exactly as the space shows them
 * no report, and no title of it.
 */
class TrackerPermissionsTest {
    private static final String DASHBOARD = "/display/EKONOMI/"
            + URLEncoder.encode("Processöversikt", StandardCharsets.UTF_8);
    private static final int YEAR = Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear();
    private static final String CYCLE = "regionplan-" + (YEAR + 1);
    private static final String CYCLE_NAME = "Regionplan " + (YEAR + 1);
    /** The demo's report titles in this year's cycle: the kind, the cycle's name with its plan period, the committee. */
    private static final String REPORT_TITLE = "Återkopplingsrapport Regionplan " + (YEAR + 1) + "–" + (YEAR + 4) + " – ";
    private static final String FINANCE = "ekonomi";
    private static final String OTHER_SECRETARY = "sekreterare.kultur";
    private static final String RESTRICTED = "Krisledningsnämnden";
    private static final String RESTRICTED_SPACE = "KRIS";
    private static final String RESTRICTED_REPORT_OWNER = "Patientnämnden";

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void financeStaff_seeTheRestrictedCommitteesRow_andCountIt() {
        try (Session finance = Session.loginAs(FINANCE)) {
            finance.open(DASHBOARD);
            WebElement table = TrackerTable.on(finance, CYCLE_NAME);
            String kris = TrackerTable.cellText(table, RESTRICTED);
            assertTrue(kris.startsWith("Klar") && kris.contains("Inskickad"), kris);
            assertTrue(kris.contains(REPORT_TITLE + RESTRICTED), kris);
            assertEquals(8, TrackerTable.committees(table).size(), TrackerTable.committees(table).toString());
            assertEquals("4 av 8 har nått Inskickad · 4 ligger efter", TrackerTable.firstTotal(table));
            assertTrue(TrackerTable.summary(table).startsWith("4 av 8 nämnder ligger efter."),
                    TrackerTable.summary(table));
        }
    }

    @Test
    void anotherCommitteesSecretary_seesTheDashboardWithoutTheRestrictedCommittee_andTotalsOfTheRowsShown() {
        try (Session secretary = Session.loginAs(OTHER_SECRETARY)) {
            secretary.open(DASHBOARD);
            WebElement table = TrackerTable.on(secretary, CYCLE_NAME);
            List<String> committees = TrackerTable.committees(table);
            assertEquals(7, committees.size(), committees.toString());
            assertFalse(committees.contains(RESTRICTED), committees.toString());
            assertEquals("3 av 7 har nått Inskickad · 4 ligger efter", TrackerTable.firstTotal(table));
            assertTrue(TrackerTable.summary(table).startsWith("4 av 7 nämnder ligger efter."),
                    TrackerTable.summary(table));
            WebElement nextYear = TrackerTable.on(secretary, "Regionplan " + (YEAR + 2));
            assertFalse(TrackerTable.committees(nextYear).contains(RESTRICTED), "nor in the next cycle's tracker");
            String source = secretary.driver().getPageSource();
            assertFalse(source.contains("Krisledning"), "no name of it anywhere in the page");
            assertFalse(source.contains("pageId=" + restrictedCommitteesReport() + "\""), "no link to its report");
            Browser.screenshot(secretary.driver(), "22-tracker-as-another-secretary");
            Axe.assertNoSeriousViolations(secretary.driver(), "The dashboard as another committee's secretary");
        }
        try (Session own = Session.loginAs("sekreterare.kris")) {
            own.open(DASHBOARD);
            WebElement table = TrackerTable.on(own, CYCLE_NAME);
            assertTrue(TrackerTable.committees(table).contains(RESTRICTED), "its own secretary sees it");
            assertEquals("4 av 8 har nått Inskickad · 4 ligger efter", TrackerTable.firstTotal(table));
        }
    }

    @Test
    void theJsonAndBothExports_leaveTheRestrictedCommitteeOut_forAnotherSecretary() {
        JsonNode finance = TrackerTable.json(FINANCE, CYCLE);
        JsonNode secretary = TrackerTable.json(OTHER_SECRETARY, CYCLE);
        assertTrue(TrackerTable.row(finance, RESTRICTED_SPACE).isPresent(), "ekonomistaben's JSON has the row");
        assertTrue(TrackerTable.row(secretary, RESTRICTED_SPACE).isEmpty(), "the secretary's has none");
        assertEquals(finance.get("rows").size() - 1, secretary.get("rows").size());
        assertEquals(3, secretary.at("/totals/0/done").asInt());
        assertEquals(7, secretary.at("/totals/0/rows").asInt());
        assertEquals(4, secretary.at("/totals/0/behind").asInt());
        assertEquals(4, secretary.get("committeesBehind").asInt());
        assertEquals(4, finance.at("/totals/0/done").asInt());
        assertEquals(8, finance.at("/totals/0/rows").asInt());
        assertFalse(secretary.toString().contains("Krisledning"), secretary.toString());
        assertFalse(secretary.toString().contains(String.valueOf(restrictedCommitteesReport())));

        Set<String> financeXlsx = committeesIn(TrackerTable.xlsx(TrackerTable.export(FINANCE, CYCLE, null)));
        assertTrue(financeXlsx.contains(RESTRICTED), financeXlsx.toString());
        List<List<TrackerTable.XlsxCell>> rows = TrackerTable.xlsx(TrackerTable.export(OTHER_SECRETARY, CYCLE, null));
        Set<String> secretaryXlsx = committeesIn(rows);
        assertEquals(committeeNames(secretary), secretaryXlsx, "the XLSX has the JSON's committees, no more");
        for (List<TrackerTable.XlsxCell> row : rows) {
            for (TrackerTable.XlsxCell cell : row) {
                assertFalse(cell.text().contains("Krisledning"), row.toString());
            }
        }
        assertEquals(1 + cellsRequired(secretary), rows.size(), "a header and one line per cell the JSON has");

        String csv = new String(TrackerTable.export(OTHER_SECRETARY, CYCLE, "csv"), StandardCharsets.UTF_8);
        assertFalse(csv.contains("Krisledning"), csv);
        assertFalse(csv.contains("pageId=" + restrictedCommitteesReport() + "\r"), csv);
        assertEquals(1 + cellsRequired(secretary), TrackerTable.csvLines(csv.getBytes(StandardCharsets.UTF_8)).size());
        assertTrue(new String(TrackerTable.export(FINANCE, CYCLE, "csv"), StandardCharsets.UTF_8).contains(
                "\r\n" + RESTRICTED + ";"), "ekonomistaben's CSV has it");
    }

    @Test
    void aReportWithAPageRestriction_isMissingForThoseWhoCannotReadIt_andLeaksNoTitle() {
        long pageId = TrackerTable.row(TrackerTable.json(FINANCE, CYCLE), "PAT").orElseThrow()
                .at("/cells/0/pageId").asLong();
        String title = REPORT_TITLE + RESTRICTED_REPORT_OWNER;
        try (Session finance = Session.loginAs(FINANCE)) {
            finance.open("/display/PAT");
            assertTrue(finance.text("body").contains(title), "ekonomistaben sees the report in the space's page tree");
            finance.open(DASHBOARD);
            String pat = TrackerTable.cellText(TrackerTable.on(finance, CYCLE_NAME), RESTRICTED_REPORT_OWNER);
            assertTrue(pat.startsWith("Försenad") && pat.contains("Behandlad i nämnd") && pat.contains(title), pat);
        }
        try (Session secretary = Session.loginAs(OTHER_SECRETARY)) {
            secretary.open("/display/PAT");
            assertFalse(secretary.text("body").contains(title), "the space itself shows the secretary no report");
            secretary.open(DASHBOARD);
            String pat = TrackerTable.cellOf(TrackerTable.on(secretary, CYCLE_NAME), RESTRICTED_REPORT_OWNER);
            assertTrue(pat.startsWith("Saknas") && pat.contains("försenad"), pat);
            String source = secretary.driver().getPageSource();
            assertFalse(source.contains(title), "no title of the restricted report");
            assertFalse(source.contains("pageId=" + pageId + "\""), "no link to it");
        }
        assertEquals(404, Rest.get(OTHER_SECRETARY, "/pages/viewpage.action?pageId=" + pageId).statusCode());
        JsonNode cell = TrackerTable.row(TrackerTable.json(OTHER_SECRETARY, CYCLE), "PAT").orElseThrow().at("/cells/0");
        assertEquals("missing", cell.get("state").asText(), cell.toString());
        assertFalse(cell.has("pageId") || cell.has("title") || cell.has("status"), cell.toString());
        String csv = new String(TrackerTable.export(OTHER_SECRETARY, CYCLE, "csv"), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\r\n" + RESTRICTED_REPORT_OWNER + ";Återkopplingsrapport;;Saknas;"), csv);
        assertFalse(csv.contains(title), csv);
        List<List<TrackerTable.XlsxCell>> rows = TrackerTable.xlsx(TrackerTable.export(OTHER_SECRETARY, CYCLE, null));
        assertTrue(rows.stream().noneMatch(r -> r.stream().anyMatch(c -> c.text().contains(title))));
    }

    private static long restrictedCommitteesReport() {
        return TrackerTable.row(TrackerTable.json(FINANCE, CYCLE), RESTRICTED_SPACE).orElseThrow()
                .at("/cells/0/pageId").asLong();
    }

    private static Set<String> committeesIn(List<List<TrackerTable.XlsxCell>> rows) {
        return rows.stream().skip(1).map(r -> r.get(0).text()).collect(Collectors.toSet());
    }

    private static Set<String> committeeNames(JsonNode tracker) {
        Set<String> names = new java.util.HashSet<>();
        tracker.get("rows").forEach(r -> names.add(r.at("/committee/name").asText()));
        return names;
    }

    private static int cellsRequired(JsonNode tracker) {
        int cells = 0;
        for (JsonNode row : tracker.get("rows")) {
            for (JsonNode cell : row.get("cells")) {
                cells += cell.get("state").asText().equals("not-required") ? 0 : 1;
            }
        }
        return cells;
    }
}
