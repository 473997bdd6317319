package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A user's full name is someone else's input: the secretary of Kulturnämnden sets hers to a script payload on the
 * host's profile page, then changes Kulturnämnden's report through the page's controls. The app records the name
 * in the history; another user sees it there, and in the tracker's latest changes, as literal text, and nothing runs
 * or is injected. The report's status
 * and sections end as they were, and her name is restored.
 */
class HostileUserNameTest {
    static final String SECRETARY = "sekreterare.kultur";
    static final String NORMAL_NAME = "Nämndsekreterare Kulturnämnden";
    static final String PAYLOAD = "Kultur <img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=2</script>";
    private static final String API = "/rest/planprocess/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void hostileFullName_isRecordedInTheHistory_andRendersAsText() throws Exception {
        long pageId = kulturReportOfTheNextCycle();
        JsonNode before = document(pageId);
        String sectionKey = firstSectionNotReady(before);
        try {
            try (Session kultur = Session.loginAs(SECRETARY)) {
                kultur.changeFullName(PAYLOAD);
                assertEquals(PAYLOAD, kultur.find("#fullName").getAttribute("value"));
                assertEquals("Inloggad som " + PAYLOAD, kultur.text("#user-menu-link"), "the header shows it as text");
                assertNoScriptRan(kultur, "the profile page");
                Axe.assertNoSeriousViolations(kultur.driver(), "Profile page with the saved message");

                kultur.open("/pages/viewpage.action?pageId=" + pageId);
                WebElement toggle = kultur.find(".pp-section-toggle[data-section='" + sectionKey + "']");
                kultur.clickAndWaitForReload(toggle);
                kultur.clickAndWaitForReload(kultur.find(".pp-section-toggle[data-section='" + sectionKey + "']"));
                kultur.clickAndWaitForReload(kultur.find(".pp-forward"));
                kultur.find(".pp-back").click();
                kultur.find(".pp-back-form textarea").sendKeys("Tillbaka: testet återställer statusen.");
                kultur.clickAndWaitForReload(kultur.find(".pp-back-form button[type=submit]"));
                assertEquals(before.at("/status/name").asText(), kultur.textContent(".pp-status .pp-lozenge"));
                assertNoScriptRan(kultur, "the report page of the user herself");
            }

            JsonNode after = document(pageId);
            assertEquals(before.at("/status/key").asText(), after.at("/status/key").asText(), "the status is as before");
            assertEquals(before.at("/readiness/ready").asInt(), after.at("/readiness/ready").asInt(), "the sections are as before");
            assertEquals(before.get("version").asLong() + 4, after.get("version").asLong());
            for (int i = 0; i < 4; i++) {
                assertEquals(PAYLOAD, after.at("/history/" + i + "/actor").asText(), "history entry " + i + " names her as she is called now");
            }

            try (Session reader = Session.loginAs("ekonomi")) {
                reader.open("/pages/viewpage.action?pageId=" + pageId);
                reader.find(".pp-history summary").click();
                String history = reader.text(".pp-history");
                assertTrue(history.contains(PAYLOAD), history);
                long rows = reader.all(".pp-history tbody tr td:nth-child(2)").stream()
                        .filter(cell -> cell.getText().equals(PAYLOAD)).count();
                assertEquals(4, rows, "each of her four changes names her, as literal text");
                assertTrue(reader.all(".pp-history img").isEmpty(), "no injected element");
                assertTrue(reader.all(".pp-history script").isEmpty(), "no injected script");
                assertTrue(reader.all("img[onerror]").isEmpty());
                assertNoScriptRan(reader, "the report page for another user");
                Browser.screenshot(reader.driver(), "09-hostile-user-name-in-history");

                String cycle = "regionplan-" + (java.time.Instant.parse(Devhost.CLOCK).atZone(java.time.ZoneOffset.UTC)
                        .getYear() + 2);
                TrackerTable.writeTrackerPage(reader, "EKONOMI", "Statusändringar KN " + cycle, cycle,
                        java.util.Map.of("committees", "KULTUR", "changes", "5"));
                java.util.List<String> changes = TrackerTable.latestChanges(reader.find("table.pp-tracker__table"));
                assertTrue(changes.get(0).contains(": tillbaka från ") && changes.get(0).endsWith(" · " + PAYLOAD
                        + " · kommentar: Tillbaka: testet återställer statusen."), changes.get(0));
                assertTrue(changes.get(1).contains(" → ") && changes.get(1).endsWith(" · " + PAYLOAD),
                        changes.get(1));
                assertTrue(reader.all(".pp-tracker__changes img, .pp-tracker__changes script").isEmpty(),
                        "no injected element in the tracker's latest changes");
                assertNoScriptRan(reader, "the tracker's latest changes");
            }
        } finally {
            try (Session kultur = Session.loginAs(SECRETARY)) {
                kultur.changeFullName(NORMAL_NAME);
            }
        }
        HttpResponse<String> restored = Rest.get(SECRETARY, "/dashboard.action");
        assertTrue(restored.body().contains("Inloggad som " + NORMAL_NAME), "her normal name is back");
    }

    private static void assertNoScriptRan(Session session, String where) {
        assertFalse(session.alertIsOpen(), where + ": an alert is open");
        assertNull(session.script("return window.__pwned === undefined ? null : window.__pwned;"), where + ": a script ran");
        assertTrue(session.all("img[src='x']").isEmpty(), where + ": an injected element");
    }

    /** Kulturnämnden's feedback report for the next cycle (the demo's, in "Under beredning"). */
    private static long kulturReportOfTheNextCycle() throws Exception {
        // the demo's next cycle: plan year Y+2 seen from the demo day (other tests may add cycles of their own)
        int planYear = java.time.Instant.parse(Devhost.CLOCK).atZone(java.time.ZoneOffset.UTC).getYear() + 2;
        long cycleId = 0;
        for (JsonNode cycle : json(Rest.get("ekonomi", API + "/admin/cycles"))) {
            if (cycle.get("planYear").asInt() == planYear) {
                cycleId = cycle.get("id").asLong();
            }
        }
        long committeeId = 0;
        for (JsonNode committee : json(Rest.get("ekonomi", API + "/admin/committees"))) {
            if ("KULTUR".equals(committee.path("spaceKey").asText())) {
                committeeId = committee.get("id").asLong();
            }
        }
        JsonNode existing = json(Rest.get(SECRETARY, API + "/reports/existing?committeeId=" + committeeId
                + "&cycleId=" + cycleId));
        assertTrue(existing.get("exists").asBoolean(), existing.toString());
        return existing.get("pageId").asLong();
    }

    private static String firstSectionNotReady(JsonNode document) {
        for (JsonNode section : document.at("/readiness/sections")) {
            if (!section.get("ready").asBoolean()) {
                return section.get("key").asText();
            }
        }
        throw new AssertionError("every section is ready: " + document);
    }

    private static JsonNode document(long pageId) throws Exception {
        return json(Rest.get(SECRETARY, API + "/documents/" + pageId));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.request().uri() + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
