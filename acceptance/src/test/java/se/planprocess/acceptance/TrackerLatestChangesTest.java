package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The latest status changes below the tracker, in the demo region seen on the demo day (the host's clock stands
 * still at 23 November, 10:00 in Stockholm; the demo's history of this year is from September). A status change
 * made now is the newest entry at the next render, a step back reads as one with its comment; another committee's
 * secretary sees no change of Krisledningsnämnden (whose space she may not see) nor of Patientnämnden's report
 * (restricted to ekonomistaben), while ekonomistaben sees both. The pages stay clean for axe.
 */
class TrackerLatestChangesTest {
    private static final String DASHBOARD = "/display/EKONOMI/"
            + URLEncoder.encode("Processöversikt", StandardCharsets.UTF_8);
    private static final int YEAR = Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear();
    private static final String CYCLE = "regionplan-" + (YEAR + 1);
    private static final String CYCLE_NAME = "Regionplan " + (YEAR + 1);
    private static final String REPORT_TITLE = "Återkopplingsrapport Regionplan " + (YEAR + 1) + "–" + (YEAR + 4) + " – ";
    private static final String FINANCE = "ekonomi";
    private static final String FINANCE_NAME = "Controller, Ekonomistaben";
    private static final String OTHER_SECRETARY = "sekreterare.kultur";
    private static final String BACK_COMMENT = "Bilagan om investeringar saknas, skicka rapporten igen.";

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void aStatusChange_isTheNewestEntryAtTheNextRender_andAStepBackReadsAsOne() {
        // Folkhögskolenämnden's report of this year, which no other test changes: its tracker alone, five entries
        String page;
        String title = REPORT_TITLE + "Folkhögskolenämnden";
        try (Session finance = Session.loginAs(FINANCE)) {
            page = TrackerTable.writeTrackerPage(finance, "EKONOMI", "Senaste statusändringar FHN " + YEAR, CYCLE,
                    Map.of("committees", "FOLK", "changes", "5"));
            List<String> before = TrackerTable.latestChanges(TrackerTable.on(finance, CYCLE_NAME));
            assertEquals(4, before.size(), "the demo's four steps of the report: " + before);
            assertEquals("26 september " + YEAR + " 10:00 · Folkhögskolenämnden · " + title
                    + ": Beslutad → Inskickad · " + FINANCE_NAME, before.get(0));
        }
        long pageId = TrackerTable.row(TrackerTable.json(FINANCE, CYCLE), "FOLK").orElseThrow()
                .at("/cells/0/pageId").asLong();
        long version = version(pageId);
        version = moved(pageId, "{\"status\":\"received\",\"version\":" + version + "}");
        moved(pageId, "{\"status\":\"submitted\",\"version\":" + version + ",\"comment\":\"" + BACK_COMMENT + "\"}");

        try (Session finance = Session.loginAs(FINANCE)) {
            finance.open(page);
            WebElement table = TrackerTable.on(finance, CYCLE_NAME);
            List<String> after = TrackerTable.latestChanges(table);
            assertEquals(5, after.size(), "as many as the macro asks for: " + after);
            assertEquals("23 november " + YEAR + " 10:00 · Folkhögskolenämnden · " + title
                    + ": tillbaka från Mottagen till Inskickad · " + FINANCE_NAME + " · kommentar: " + BACK_COMMENT,
                    after.get(0));
            assertEquals("23 november " + YEAR + " 10:00 · Folkhögskolenämnden · " + title
                    + ": Inskickad → Mottagen · " + FINANCE_NAME, after.get(1));
            assertEquals("26 september " + YEAR + " 10:00 · Folkhögskolenämnden · " + title
                    + ": Beslutad → Inskickad · " + FINANCE_NAME, after.get(2));
            WebElement section = TrackerTable.changesSection(table);
            assertEquals("Senaste statusändringar", section.findElement(By.tagName("h3")).getText());
            WebElement newest = section.findElement(By.cssSelector("ol.pp-changes > li"));
            assertTrue(newest.getAttribute("class").contains("pp-change--back"), newest.getAttribute("class"));
            assertEquals(YEAR + "-11-23T09:00:00Z", newest.findElement(By.tagName("time")).getAttribute("datetime"));
            WebElement link = newest.findElement(By.tagName("a"));
            assertEquals(title, link.getText());
            assertTrue(link.getAttribute("href").endsWith("pageId=" + pageId), link.getAttribute("href"));
            assertTrue(TrackerTable.cellOf(table, "Folkhögskolenämnden").startsWith("Klar"),
                    "the report is back where it was: " + TrackerTable.cellOf(table, "Folkhögskolenämnden"));
            finance.script("arguments[0].scrollIntoView()", section);
            Browser.screenshot(finance.driver(), "24-tracker-latest-changes");
            Axe.assertNoSeriousViolations(finance.driver(), "A tracker with its latest status changes");
        }
        // The whole cycle's JSON: other tests change other reports at the same (stopped) instant, and changes of
        // the same millisecond come by document, so the report's own newest entry is looked for, at the newest time.
        JsonNode json = TrackerTable.read(Rest.get(FINANCE, TrackerTable.API + "/tracker?changes=50&cycle=" + CYCLE)
                .body()).get("latestChanges");
        JsonNode ours = null;
        for (JsonNode change : json) {
            if (change.get("pageId").asLong() == pageId) {
                ours = change;
                break;
            }
        }
        assertTrue(ours != null, json.toString());
        assertEquals(json.at("/0/at").asText(), ours.get("at").asText(), "at the newest time: " + json);
        assertEquals(YEAR + "-11-23T09:00:00Z", ours.get("at").asText());
        assertEquals(BACK_COMMENT, ours.get("comment").asText(), "the same newest entry in the JSON: " + ours);
        assertEquals(List.of("received", "submitted", "true", FINANCE_NAME), List.of(ours.at("/from/key").asText(),
                ours.at("/to/key").asText(), ours.get("back").asText(), ours.get("by").asText()));
    }

    @Test
    void anotherCommitteesSecretary_seesNoChangeOfTheRestrictedCommittee_norOfTheRestrictedReport() {
        String restricted = REPORT_TITLE + "Krisledningsnämnden";
        String restrictedReport = REPORT_TITLE + "Patientnämnden";
        String page;
        try (Session finance = Session.loginAs(FINANCE)) {
            page = TrackerTable.writeTrackerPage(finance, "EKONOMI", "Alla statusändringar " + YEAR, CYCLE,
                    Map.of("changes", "50"));
            String all = String.join("\n", TrackerTable.latestChanges(TrackerTable.on(finance, CYCLE_NAME)));
            assertTrue(all.contains("Krisledningsnämnden · " + restricted + ": Beslutad → Inskickad"), all);
            assertTrue(all.contains("Patientnämnden · " + restrictedReport + ": tillbaka från Behandlad i nämnd till"
                    + " Under beredning · " + FINANCE_NAME + " · kommentar: Nämnden vill komplettera"
                    + " investeringsplaneringen innan beslut."), "ekonomistaben sees both: " + all);
        }
        long krisReport = pageIdOf("KRIS");
        long patReport = pageIdOf("PAT");
        try (Session secretary = Session.loginAs(OTHER_SECRETARY)) {
            secretary.open(page);
            List<String> changes = TrackerTable.latestChanges(TrackerTable.on(secretary, CYCLE_NAME));
            String all = String.join("\n", changes);
            assertTrue(all.contains("Folkhögskolenämnden · " + REPORT_TITLE + "Folkhögskolenämnden"),
                    "the reports she may see are listed: " + all);
            assertFalse(all.contains("Krisledning") || all.contains("Patientnämnden")
                    || all.contains("investeringsplaneringen innan beslut"), all);
            String source = secretary.driver().getPageSource();
            assertFalse(source.contains("Krisledning"), "no name of it anywhere in the page");
            assertFalse(source.contains(restrictedReport), "no title of the restricted report");
            assertFalse(source.contains("pageId=" + krisReport + "\"") || source.contains("pageId=" + patReport + "\""),
                    "no link to either report");
            Axe.assertNoSeriousViolations(secretary.driver(), "The latest changes as another committee's secretary");

            secretary.open(DASHBOARD);
            WebElement table = TrackerTable.on(secretary, CYCLE_NAME);
            assertEquals("Senaste statusändringar",
                    TrackerTable.changesSection(table).findElement(By.tagName("h3")).getText());
            assertEquals(10, TrackerTable.latestChanges(table).size(), "ten by default");
            assertFalse(secretary.driver().getPageSource().contains("Krisledning"));
            Axe.assertNoSeriousViolations(secretary.driver(), "The dashboard's latest changes as another secretary");
        }
        JsonNode json = TrackerTable.read(Rest.get(OTHER_SECRETARY, TrackerTable.API + "/tracker?changes=50&cycle="
                + CYCLE).body());
        assertFalse(json.get("latestChanges").isEmpty());
        String text = json.get("latestChanges").toString();
        assertFalse(text.contains("Krisledning") || text.contains("Patientnämnden") || text.contains(restrictedReport),
                text);
        HttpResponse<String> refused = Rest.get(OTHER_SECRETARY, TrackerTable.API + "/tracker?changes=51&cycle=" + CYCLE);
        assertEquals(400, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Fältet changes måste ligga mellan 0 och 50."), refused.body());
    }

    private static long pageIdOf(String spaceKey) {
        return TrackerTable.row(TrackerTable.json(FINANCE, CYCLE), spaceKey).orElseThrow().at("/cells/0/pageId")
                .asLong();
    }

    private static long version(long pageId) {
        return TrackerTable.read(Rest.get(FINANCE, TrackerTable.API + "/documents/" + pageId).body())
                .get("version").asLong();
    }

    /** Posts a status change as ekonomistaben and returns the new version. */
    private static long moved(long pageId, String body) {
        HttpResponse<String> moved = Rest.postJson(FINANCE, TrackerTable.API + "/documents/" + pageId + "/status", body);
        assertEquals(200, moved.statusCode(), moved.body());
        return TrackerTable.read(moved.body()).get("version").asLong();
    }
}
