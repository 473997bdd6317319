package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile committee names, a report title, a milestone name and a status comment, made through the app's REST API
 * and the host's editor as people could make them, render as text in the tracker (no script runs, nothing is
 * injected), are literal string cells in the XLSX (a string cell is never a formula there, so nothing is prefixed)
 * and are neutralised in the CSV (a leading {@code '} before {@code = + - @}, UTF-8 with BOM, {@code ;}). A comment
 * with a control character is refused in Swedish and changes nothing; one with markup is text in the report's
 * history and in the tracker's latest changes, beside the hostile title and committee name. The cycle (plan year 2061) and the two
 * committees (in the spaces RS and REVISION, made inactive afterwards) are this class's own.
 */
class TrackerHostileDataTest {
    static final String MARKUP_NAME = "Nämnd <img src=x onerror=\"window.__pwned=1\"><b id=\"injected\">fet</b> \"&' åäö";
    static final String FORMULA_NAME = "=HYPERLINK(\"https://evil.example/?a=1&b=2\";\"Klicka\") Nämnd åäö";
    static final String TITLE = "=1+2 Rapport <script>window.__pwned=2</script> & \"citat\" åäö";
    static final String MILESTONE = "Rapport <img src=x onerror=\"window.__pwned=3\"> @SUM(1) tillhanda";
    static final String COMMENT = "<img src=x onerror=\"window.__pwned=4\"><b id=\"injected-comment\">fet</b>\nrad två";
    private static final String FINANCE = "ekonomi";
    private static final String API = TrackerTable.API;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static String cycleKey;
    private static String cycleName;
    private static long markupReport;
    private static String trackerPage;

    @BeforeAll
    static void hostileData() {
        Browser.assumeAvailable();
        JsonNode cycle = TrackerTable.createCycle(write(cycle(2061, MILESTONE)));
        cycleKey = cycle.get("key").asText();
        cycleName = cycle.get("nameSv").asText();
        committee(MARKUP_NAME, "<i id=\"injected-short\">K</i>", "RS", true);
        committee(FORMULA_NAME, "=1+1", "REVISION", true);
        Map<String, String> wizard = Map.of("cycleId", cycle.get("id").asText());
        markupReport = CreateDialog.report("admin", "RS", wizard);
        CreateDialog.report("admin", "REVISION", wizard);
        try (Session admin = Session.loginAs("admin")) {
            admin.open("/pages/editpage.action?pageId=" + markupReport);
            WebElement title = admin.find("#content-title");
            title.clear();
            title.sendKeys(TITLE);
            admin.saveEditor();
            assertEquals(TITLE, admin.text("#title-text"));
        }
        try (Session finance = Session.loginAs(FINANCE)) {
            trackerPage = TrackerTable.writeTrackerPage(finance, "EKONOMI", "Fientliga data " + cycleKey, cycleKey);
        }
    }

    @AfterAll
    static void hostileCommitteesInactive() {
        if (cycleKey != null) {
            committee(MARKUP_NAME, "K", "RS", false);
            committee(FORMULA_NAME, "F", "REVISION", false);
        }
    }

    @Test
    void theTracker_showsHostileNamesTitleAndMilestone_asText_andRunsNoScript() {
        try (Session finance = Session.loginAs(FINANCE)) {
            finance.open(trackerPage);
            WebElement table = TrackerTable.on(finance, cycleName);
            List<String> committees = TrackerTable.committees(table);
            assertTrue(committees.contains(MARKUP_NAME), committees.toString());
            assertTrue(committees.contains(FORMULA_NAME), committees.toString());
            String cell = TrackerTable.cellOf(table, MARKUP_NAME);
            assertTrue(cell.contains(TITLE), cell);
            String next = finance.text(".pp-tracker__next");
            assertTrue(next.contains(MILESTONE), next);
            assertNoScriptRan(finance);
            Browser.screenshot(finance.driver(), "23-tracker-hostile-data");
            Axe.assertNoSeriousViolations(finance.driver(), "A tracker with hostile names");
        }
    }

    @Test
    void theXlsx_holdsTheLiteralTexts_asStringCells_neverFormulas() {
        List<List<TrackerTable.XlsxCell>> rows = TrackerTable.xlsx(TrackerTable.export(FINANCE, cycleKey, null));
        List<TrackerTable.XlsxCell> markup = rowOf(rows, MARKUP_NAME);
        assertEquals(new TrackerTable.XlsxCell(CellType.STRING, TITLE), markup.get(2), markup.toString());
        List<TrackerTable.XlsxCell> formula = rowOf(rows, FORMULA_NAME);
        assertEquals(new TrackerTable.XlsxCell(CellType.STRING, FORMULA_NAME), formula.get(0),
                "kept as typed, without a ' (a string cell is text to Excel)");
        for (List<TrackerTable.XlsxCell> row : rows) {
            assertTrue(row.stream().noneMatch(c -> c.type() == CellType.FORMULA), row.toString());
        }
    }

    @Test
    void theCsv_neutralisesFormulaLikeCells_withABomSemicolonsAndSwedishCharactersIntact() {
        byte[] csv = TrackerTable.export(FINANCE, cycleKey, "csv");
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, java.util.Arrays.copyOf(csv, 3));
        List<String> lines = TrackerTable.csvLines(csv);
        assertTrue(lines.get(0).startsWith("Nämnd;Dokument;Titel;Status;Avsnitt klara;"), lines.get(0));
        String formula = line(lines, "\"'=HYPERLINK(");
        assertTrue(formula.startsWith("\"'=HYPERLINK(\"\"https://evil.example/?a=1&b=2\"\";\"\"Klicka\"\") Nämnd åäö\";"
                + "Återkopplingsrapport;"), formula);
        String markup = line(lines, "\"Nämnd <img");
        assertTrue(markup.startsWith("\"Nämnd <img src=x onerror=\"\"window.__pwned=1\"\"><b id=\"\"injected\"\">fet</b>"
                + " \"\"&' åäö\";Återkopplingsrapport;\"'=1+2 Rapport <script>window.__pwned=2</script> & \"\"citat\"\" åäö\";"
                + "Utkast;"), markup);
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("=") || l.contains(";=") || l.contains(";+")
                || l.contains(";@") || l.contains(";-")), "no field starts with a formula character");
    }

    @Test
    void aStatusComment_withAControlCharacter_isRefusedInSwedish_andOneWithMarkup_rendersAsText() throws Exception {
        String path = API + "/documents/" + markupReport;
        long version = TrackerTable.read(Rest.get(FINANCE, path).body()).get("version").asLong();
        HttpResponse<String> forward = Rest.postJson(FINANCE, path + "/status",
                write(Map.of("status", "prepared", "version", version)));
        assertEquals(200, forward.statusCode(), forward.body());
        version = TrackerTable.read(forward.body()).get("version").asLong();

        HttpResponse<String> refused = Rest.postJson(FINANCE, path + "/status",
                write(Map.of("status", "draft", "version", version, "comment", "Rad ett\u0007 <b>fet</b>\u001b[31m")));
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("otillåtna tecken"), refused.body());
        assertFalse(refused.body().contains("Exception") || refused.body().contains("\u0007")
                || refused.body().contains("\\u0007"), refused.body());
        JsonNode unchanged = TrackerTable.read(Rest.get(FINANCE, path).body());
        assertEquals(version, unchanged.get("version").asLong(), "nothing changed");
        assertEquals("prepared", unchanged.at("/status/key").asText());

        HttpResponse<String> back = Rest.postJson(FINANCE, path + "/status",
                write(Map.of("status", "draft", "version", version, "comment", COMMENT)));
        assertEquals(200, back.statusCode(), back.body());
        try (Session finance = Session.loginAs(FINANCE)) {
            finance.open(trackerPage);
            WebElement table = TrackerTable.on(finance, cycleName);
            assertTrue(TrackerTable.cellOf(table, MARKUP_NAME).startsWith("Pågår"));
            String newest = TrackerTable.latestChanges(table).get(0);
            assertTrue(newest.contains(" · " + MARKUP_NAME + " · " + TITLE + ": tillbaka från Under beredning till"
                    + " Utkast · "), "the hostile committee name and title as text: " + newest);
            assertTrue(newest.endsWith(" · kommentar: <img src=x onerror=\"window.__pwned=4\"><b"
                    + " id=\"injected-comment\">fet</b> rad två"), "the hostile comment as text: " + newest);
            assertNoScriptRan(finance);
            Axe.assertNoSeriousViolations(finance.driver(), "The latest changes with hostile names and a comment");
            finance.open("/pages/viewpage.action?pageId=" + markupReport);
            finance.find(".pp-history summary").click();
            String history = finance.text(".pp-history");
            assertTrue(history.contains("<img src=x onerror=\"window.__pwned=4\"><b id=\"injected-comment\">fet</b>"),
                    history);
            assertTrue(history.contains("rad två"), history);
            assertNoScriptRan(finance);
        }
    }

    private static void assertNoScriptRan(Session session) {
        assertFalse(session.alertIsOpen());
        assertEquals(null, session.script("return window.__pwned === undefined ? null : window.__pwned;"));
        for (String injected : List.of("#injected", "#injected-short", "#injected-comment", ".pp-tracker script",
                ".pp-tracker [onerror]", ".pp-tracker img")) {
            assertTrue(session.all(injected).isEmpty(), injected);
        }
    }

    private static List<TrackerTable.XlsxCell> rowOf(List<List<TrackerTable.XlsxCell>> rows, String committee) {
        return rows.stream().filter(r -> r.get(0).text().equals(committee)).findFirst()
                .orElseThrow(() -> new AssertionError("no XLSX row for " + committee + ": " + rows));
    }

    private static String line(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no CSV line starting " + start + ": " + lines));
    }

    private static void committee(String name, String shortName, String spaceKey, boolean active) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("shortName", shortName);
        body.put("spaceKey", spaceKey);
        body.put("active", active);
        HttpResponse<String> saved = Rest.postJson("admin", API + "/admin/committees", write(body));
        assertEquals(200, saved.statusCode(), saved.body());
    }

    /** A cycle whose process runs in {@code planYear - 1}, with the feedback deadline named {@code deadlineName}. */
    private static Map<String, Object> cycle(int planYear, String deadlineName) {
        int year = planYear - 1;
        Map<String, Object> phases = new LinkedHashMap<>();
        phases.put("planning-premises", range(year + "-01-01", year + "-05-14"));
        phases.put("committee-feedback", range(year + "-05-15", year + "-10-01"));
        phases.put("drafting", range(year + "-10-02", year + "-10-31"));
        phases.put("decision", range(year + "-11-01", year + "-11-30"));
        phases.put("operational-plans", range(year + "-06-01", year + "-12-15"));
        phases.put("activity-plans", range(year + "-11-01", year + "-12-31"));
        Map<String, Object> deadline = new LinkedHashMap<>();
        deadline.put("key", "feedback-due");
        deadline.put("nameSv", deadlineName);
        deadline.put("nameEn", deadlineName);
        deadline.put("date", year + "-09-26");
        deadline.put("phase", "committee-feedback");
        deadline.put("documentKind", "feedback-report");
        deadline.put("requiredStatus", "submitted");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("template", "regionplan");
        body.put("planYear", planYear);
        body.put("reportTemplateVersion", "2024");
        body.put("phases", phases);
        body.put("milestones", List.of(deadline));
        return body;
    }

    private static Map<String, String> range(String start, String end) {
        return Map.of("start", start, "end", end);
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
