package se.planprocess.acceptance;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ekonomistaben's dashboard in the demo region: the tracker of this year's cycle, whose reports were due at RSAU on
 * 26 September, seen on the demo day. Kollektivtrafiknämnden never created its report and is "Saknas"; the
 * committees below "submitted" are late; ekonomistaben sees all eight committees (Krisledningsnämnden's restricted
 * space included, see {@link TrackerPermissionsTest}); the table is accessible.
 */
class TrackerDashboardTest {
    private static final String DASHBOARD = "/display/EKONOMI/"
            + URLEncoder.encode("Processöversikt", StandardCharsets.UTF_8);

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void financeStaff_seeWhoIsBehind_andTheCommitteeWithoutAReportIsMissing() {
        int year = Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear();
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open(DASHBOARD);
            WebElement table = thisYearsTable(finance, "Regionplan " + (year + 1));
            assertEquals("Kollektivtrafiknämnden", rowHeader(table, "Kollektivtrafiknämnden"));
            String koll = cellOf(table, "Kollektivtrafiknämnden");
            assertTrue(koll.contains("Saknas") && koll.contains("försenad"), koll);
            assertTrue(cellOf(table, "Kulturnämnden").startsWith("Försenad"), cellOf(table, "Kulturnämnden"));
            assertTrue(cellOf(table, "Regionala utvecklingsnämnden").startsWith("Klar"),
                    cellOf(table, "Regionala utvecklingsnämnden"));
            String totals = table.findElement(By.cssSelector("tfoot td")).getText();
            assertEquals("4 av 8 har nått Inskickad · 4 ligger efter", totals);
            assertEquals(8, table.findElements(By.cssSelector("tbody th[scope=row]")).size(),
                    "a header cell per committee row");
            assertTrue(table.findElements(By.cssSelector("thead th[scope=col]")).size() >= 2, "column headers");
            finance.script("arguments[0].scrollIntoView()", table.findElement(By.tagName("caption")));
            Browser.screenshot(finance.driver(), "20-tracker-dashboard");
            Axe.assertNoSeriousViolations(finance.driver(), "Ekonomistaben's dashboard with the tracker");
        }
    }

    @Test
    void theXlsxLinkOfTheDashboard_downloadsASpreadsheetThatMatchesTheJson() throws Exception {
        int year = Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear();
        String cycle = "regionplan-" + (year + 1);
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open(DASHBOARD);
            String href = finance.all(".pp-tracker__export a").stream().map(a -> a.getAttribute("href"))
                    .filter(h -> h.contains("cycle=" + cycle) && !h.contains("format=csv")).findFirst().orElseThrow();
            assertTrue(href.contains("/confluence/rest/planprocess/1.0/tracker/export"), href);
        }
        var download = Rest.getBytes("ekonomi", "/rest/planprocess/1.0/tracker/export?cycle=" + cycle);
        assertEquals(200, download.statusCode());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                Rest.get("ekonomi", "/rest/planprocess/1.0/tracker?cycle=" + cycle).body());
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(download.body()))) {
            var sheet = workbook.getSheetAt(0);
            int row = 1;
            for (var committee : json.get("rows")) {
                for (var cell : committee.get("cells")) {
                    if (cell.get("state").asText().equals("not-required")) {
                        continue;
                    }
                    var xlsx = sheet.getRow(row++);
                    assertEquals(committee.at("/committee/name").asText(), xlsx.getCell(0).getStringCellValue());
                    if (cell.hasNonNull("title")) {
                        assertEquals(cell.get("title").asText(), xlsx.getCell(2).getStringCellValue());
                    }
                }
            }
            assertEquals(row - 1, sheet.getLastRowNum(), "no more rows than the JSON has cells");
        }
    }

    @Test
    void theXlsxOfAPhaseOrASpaceCategory_holdsTheRowsOfTheJsonForTheSameQuery_forEachUser() {
        int year = Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear();
        String cycle = "cycle=regionplan-" + (year + 1);
        for (String user : List.of("ekonomi", "sekreterare.kultur")) {
            for (String filter : List.of("&phase=committee-feedback", "&phase=operational-plans", "&spaceCategory=vard",
                    "&spaceCategory=vard&phase=committee-feedback", "&spaceCategory=vard&kinds=operational-plan")) {
                var download = Rest.getBytes(user, "/rest/planprocess/1.0/tracker/export?" + cycle + filter);
                assertEquals(200, download.statusCode(), user + filter);
                List<String> json = TrackerTable.jsonLines(TrackerTable.query(user, cycle + filter));
                assertFalse(json.isEmpty(), user + filter);
                assertEquals(json, TrackerTable.xlsxLines(download.body()), user + filter);
            }
        }
        List<String> care = TrackerTable.jsonLines(TrackerTable.query("ekonomi",
                cycle + "&spaceCategory=vard&phase=committee-feedback"));
        assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Patientnämnden", "Tandvårdsnämnden"),
                care.stream().map(l -> l.substring(0, l.indexOf(" · "))).toList(), "the demo's care committees");
        var phase = Rest.getBytes("ekonomi", "/rest/planprocess/1.0/tracker/export?" + cycle + "&phase=operational-plans");
        assertEquals("attachment; filename=\"processoversikt-regionplan-" + (year + 1) + "-operational-plans.xlsx\"",
                phase.headers().firstValue("Content-Disposition").orElse(""));
    }

    @Test
    void aFilteredTrackersXlsxLink_downloadsTheRowsTheTableShows() {
        int year = Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear();
        String cycle = "regionplan-" + (year + 1);
        try (Session finance = Session.loginAs("ekonomi")) {
            String page = TrackerTable.writeTrackerPage(finance, "EKONOMI", "Vårdnämndernas återkoppling " + cycle,
                    cycle, java.util.Map.of("spaceCategory", "Vard", "phase", "committee-feedback"));
            finance.open(page);
            WebElement table = TrackerTable.on(finance, "Regionplan " + (year + 1));
            List<String> shown = TrackerTable.committees(table);
            assertEquals(List.of("Hälso- och sjukvårdsnämnden", "Patientnämnden", "Tandvårdsnämnden"), shown);
            String href = finance.all(".pp-tracker__export a").stream().map(a -> a.getAttribute("href"))
                    .filter(h -> !h.contains("format=csv")).findFirst().orElseThrow();
            assertTrue(href.endsWith("/rest/planprocess/1.0/tracker/export?cycle=" + cycle
                    + "&spaceCategory=vard&phase=committee-feedback"), href);
            String path = href.substring(href.indexOf("/rest/"));
            var download = Rest.getBytes("ekonomi", path);
            assertEquals(200, download.statusCode());
            List<String> lines = TrackerTable.xlsxLines(download.body());
            assertEquals(shown, lines.stream().map(l -> l.substring(0, l.indexOf(" · "))).toList(),
                    "one row per committee of the table, the phase's one deliverable");
            assertEquals(TrackerTable.jsonLines(TrackerTable.query("ekonomi", path.substring(path.indexOf('?') + 1))),
                    lines);
        }
    }

    @Test
    void aStatusChange_showsAtTheNextRender() throws Exception {
        int year = Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear();
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open(DASHBOARD);
            String before = cellOf(thisYearsTable(finance, "Regionplan " + (year + 1)), "Tandvårdsnämnden");
            assertTrue(before.toLowerCase(java.util.Locale.ROOT).contains("under beredning"), before);
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var tracker = json.readTree(Rest.get("ekonomi", "/rest/planprocess/1.0/tracker?cycle=regionplan-"
                    + (year + 1)).body());
            long pageId = 0;
            long version = 0;
            for (var row : tracker.get("rows")) {
                if (row.at("/committee/spaceKey").asText().equals("TAND")) {
                    pageId = row.at("/cells/0/pageId").asLong();
                }
            }
            version = json.readTree(Rest.get("ekonomi", "/rest/planprocess/1.0/documents/" + pageId).body())
                    .get("version").asLong();
            var moved = Rest.postJson("ekonomi", "/rest/planprocess/1.0/documents/" + pageId + "/status",
                    "{\"status\":\"handled\",\"version\":" + version + "}");
            assertEquals(200, moved.statusCode(), moved.body());
            finance.open(DASHBOARD);
            String after = cellOf(thisYearsTable(finance, "Regionplan " + (year + 1)), "Tandvårdsnämnden");
            assertTrue(after.toLowerCase(java.util.Locale.ROOT).contains("behandlad i nämnd"), after);
        }
    }

    @Test
    void aCommitteesHomePage_saysWhatToDoNext() {
        try (Session secretary = Session.loginAs("sekreterare.kultur")) {
            secretary.open("/display/KULTUR");
            String next = secretary.text(".pp-committee__next");
            assertTrue(next.startsWith("Nästa: Återkopplingsrapport ska vara Inskickad senast"), next);
            assertTrue(next.contains("(nu Under beredning)"), next);
            assertTrue(secretary.text(".pp-committee caption").contains("Kulturnämnden"),
                    secretary.text(".pp-committee caption"));
            Browser.screenshot(secretary.driver(), "21-committee-summary");
            Axe.assertNoSeriousViolations(secretary.driver(), "A committee's home page with its summary");
        }
    }

    private static WebElement thisYearsTable(Session session, String cycleName) {
        List<WebElement> tables = session.all("table.pp-tracker__table");
        return tables.stream()
                .filter(t -> t.findElement(By.tagName("caption")).getText().contains(cycleName))
                .findFirst().orElseThrow(() -> new AssertionError("no tracker for " + cycleName));
    }

    private static String rowHeader(WebElement table, String committee) {
        return table.findElements(By.cssSelector("tbody th[scope=row]")).stream().map(WebElement::getText)
                .filter(committee::equals).findFirst().orElse("");
    }

    private static String cellOf(WebElement table, String committee) {
        for (WebElement row : table.findElements(By.cssSelector("tbody tr"))) {
            if (row.findElement(By.cssSelector("th")).getText().equals(committee)) {
                return row.findElements(By.cssSelector("td")).get(0).getText().replace('\n', ' ');
            }
        }
        throw new AssertionError("no row for " + committee);
    }
}
