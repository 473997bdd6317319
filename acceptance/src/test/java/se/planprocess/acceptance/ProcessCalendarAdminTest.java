package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The process calendar's administration page on the local host: ekonomistaben copies last year's cycle, moves a
 * deadline, and the tracker shows the new date at its next render; an invalid cycle is refused next to the field and
 * nothing is saved; a committee secretary reaches neither the page nor its REST calls. The cycles are this class's
 * own (plan years 2071, its copy 2072, and 2081), so the demo region stays as other tests expect it.
 */
class ProcessCalendarAdminTest {
    private static final String API = "/rest/planprocess/1.0";
    private static final String PAGE = "/plugins/servlet/planprocess/admin";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void financeStaff_copyLastYearsCycle_moveADeadline_andTheTrackerAndTimelineShowTheNewDateAtTheNextRender() throws Exception {
        JsonNode last = TrackerTable.createCycle("{\"template\":\"regionplan\",\"planYear\":2071}");
        try (Session finance = Session.loginAs("ekonomi")) {
            String lastTracker = TrackerTable.writeTrackerPage(finance, "EKONOMI", "Processöversikt 2071",
                    "regionplan-2071");
            finance.open(lastTracker);
            finance.clickAndWaitForReload(finance.find(".pp-tracker__admin a"));
            assertEquals("Processkalendern", finance.text("#pp-admin h1"));

            finance.clickAndWaitForReload(finance.find(".pp-admin__copy[data-cycle='" + last.get("id").asText() + "']"));
            assertTrue(finance.driver().getCurrentUrl().contains("saved=1"), finance.driver().getCurrentUrl());
            assertEquals("Redigera: Regionplan 2072\u20132075", finance.text("#pp-admin-editing"));
            String copyId = finance.find("#pp-cycle-form").getAttribute("data-cycle");
            JsonNode copy = cycle("ekonomi", copyId);
            assertEquals("regionplan-2072", copy.get("key").asText());
            assertEquals("2071-04-16", milestone(copy, "feedback-due").get("date").asText());
            assertTrue(finance.text(".pp-admin__audit").contains("Kopierad från förra året"));

            String tracker = TrackerTable.writeTrackerPage(finance, "EKONOMI", "Processöversikt 2072",
                    "regionplan-2072");
            finance.open(tracker);
            assertTrue(finance.text(".pp-tracker__next").contains("16 april 2071"), finance.text(".pp-tracker__next"));
            String timeline = timelinePage(finance, "Tidslinje 2072", "regionplan-2072");
            assertTrue(finance.text(".pp-timeline .pp-calendar__list").contains("16 april 2071"),
                    finance.text(".pp-timeline .pp-calendar__list"));

            finance.open(PAGE + "?cycle=" + copyId);
            WebElement date = field(finance, "feedback-due", "date");
            finance.script("arguments[0].value = '2071-04-23';", date);
            finance.clickAndWaitForReload(finance.find("#pp-cycle-save"));
            assertEquals("Sparat.", finance.text("#pp-admin-status"));
            assertTrue(finance.text(".pp-admin__audit").contains("milestones[feedback-due].date: 2071-04-16 \u2192 2071-04-23"),
                    finance.text(".pp-admin__audit"));
            assertTrue(finance.text(".pp-admin__audit").contains("Controller, Ekonomistaben"));
            Browser.screenshot(finance.driver(), "30-admin-cycle");
            Axe.assertNoSeriousViolations(finance.driver(), "The administration page with a cycle's form");

            JsonNode moved = cycle("ekonomi", copyId);
            assertEquals(2, moved.get("version").asInt());
            assertEquals("2071-04-23", milestone(moved, "feedback-due").get("date").asText());
            finance.open(tracker);
            String next = finance.text(".pp-tracker__next");
            assertTrue(next.contains("23 april 2071") && !next.contains("16 april 2071"), next);
            finance.open(timeline);
            String plan = finance.text(".pp-timeline .pp-calendar__list");
            assertTrue(plan.contains("23 april 2071") && !plan.contains("16 april 2071"), plan);
        }
    }

    /** A page in EKONOMI with the timeline of one cycle, written in the editor as a user would. */
    private static String timelinePage(Session session, String title, String cycleKey) {
        session.open("/pages/createpage.action?spaceKey=EKONOMI");
        session.find("#content-title").sendKeys(title);
        session.script("arguments[0].value = arguments[1];", session.find("#wysiwygTextarea"),
                "<ac:structured-macro ac:name=\"planprocess-timeline\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"cycle\">" + cycleKey + "</ac:parameter></ac:structured-macro>");
        session.saveEditor();
        assertEquals(title, session.text("#title-text"));
        return "/display/EKONOMI/" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void anAdministrator_reachesThePageFromConfluenceAdministration() {
        try (Session admin = Session.loginAs("admin")) {
            admin.open("/dashboard.action");
            admin.clickAndWaitForReload(admin.find("#admin-menu-link"));
            admin.clickAndWaitForReload(admin.find(".devhost-admin-nav a[href$='" + PAGE + "']"));
            assertEquals("Processkalendern", admin.text("#pp-admin h1"));
            assertTrue(admin.find(".devhost-admin-nav").isDisplayed(), "the administration sidebar beside the page");
            Axe.assertNoSeriousViolations(admin.driver(), "The administration page in Confluence administration");
        }
    }

    @Test
    void anInvalidCycle_isRefusedNextToTheField_andNothingIsSaved() throws Exception {
        JsonNode created = TrackerTable.createCycle("{\"template\":\"regionplan\",\"planYear\":2081}");
        String id = created.get("id").asText();
        String before = Rest.get("ekonomi", API + "/admin/cycles/" + id).body();
        try (Session finance = Session.loginAs("ekonomi")) {
            finance.open(PAGE + "?cycle=" + id);
            WebElement end = finance.find("#pp-phases-3-end");
            finance.script("arguments[0].value = '2080-03-15';", end);
            finance.find("#pp-cycle-save").click();
            assertRefusedAt(finance, "pp-phases-3-end", "slutar före sin start");
            Browser.screenshot(finance.driver(), "31-admin-refused");
            Axe.assertNoSeriousViolations(finance.driver(), "The administration page with a refused field");
            assertEquals(before, Rest.get("ekonomi", API + "/admin/cycles/" + id).body());

            finance.open(PAGE + "?cycle=" + id);
            new Select(field(finance, "feedback-due", "documentKind")).selectByValue("planning-premises");
            new Select(field(finance, "feedback-due", "requiredStatus")).selectByValue("handled");
            finance.find("#pp-cycle-save").click();
            String status = field(finance, "feedback-due", "requiredStatus").getAttribute("id");
            assertRefusedAt(finance, status, "har inte den statusen");
            assertEquals(before, Rest.get("ekonomi", API + "/admin/cycles/" + id).body());

            finance.open(PAGE + "?cycle=" + id);
            finance.script("arguments[0].value = 'Å'.repeat(10000);", finance.find("#pp-nameSv"));
            finance.find("#pp-cycle-save").click();
            assertRefusedAt(finance, "pp-nameSv", "högst 200 tecken");
            assertEquals(before, Rest.get("ekonomi", API + "/admin/cycles/" + id).body());
            JsonNode audit = JSON.readTree(Rest.get("ekonomi", API + "/admin/cycles/" + id + "/audit").body());
            assertEquals(1, audit.size(), "only the creation is recorded: " + audit);
            assertEquals("created", audit.get(0).get("action").asText());
        }
    }

    @Test
    void aCommitteeSecretary_reachesNeitherThePageNorItsRestCalls() throws Exception {
        String id = TrackerTable.createCycle("{\"template\":\"regionplan\",\"planYear\":2091}").get("id").asText();
        String before = Rest.get("ekonomi", API + "/admin/cycles/" + id).body();
        String body = JSON.writeValueAsString(JSON.readTree(before));
        try (Session secretary = Session.loginAs("sekreterare.hsn")) {
            secretary.open(PAGE);
            assertTrue(secretary.text("#main-content [role=alert]").contains("Bara Confluence-administratörer"));
            assertTrue(secretary.all("#pp-cycle-form, #pp-admin").isEmpty(), "no form");
            secretary.open("/admin/console.action");
            assertFalse(secretary.driver().getPageSource().contains(PAGE), "no link to the page");
        }
        assertEquals(403, Rest.get("sekreterare.hsn", PAGE).statusCode());
        for (HttpResponse<String> answer : List.of(
                Rest.get("sekreterare.hsn", API + "/admin/cycles"),
                Rest.get("sekreterare.hsn", API + "/admin/cycles/" + id),
                Rest.get("sekreterare.hsn", API + "/admin/cycles/" + id + "/audit"),
                Rest.putJson("sekreterare.hsn", API + "/admin/cycles/" + id, body),
                Rest.postJson("sekreterare.hsn", API + "/admin/cycles/" + id + "/copy", "{}"),
                Rest.postJson("sekreterare.hsn", API + "/admin/cycles/" + id + "/archive", "{\"version\":1}"),
                Rest.postJson("sekreterare.hsn", API + "/admin/cycles", "{\"template\":\"regionplan\",\"planYear\":2095}"),
                Rest.putJson("sekreterare.hsn", API + "/admin/settings", "{\"processOwnerGroup\":\"planprocess-namnder\"}"))) {
            assertEquals(403, answer.statusCode(), answer.uri() + " " + answer.body());
            assertEquals("forbidden", JSON.readTree(answer.body()).get("error").asText());
        }
        assertEquals(before, Rest.get("ekonomi", API + "/admin/cycles/" + id).body());
    }

    private static void assertRefusedAt(Session session, String fieldId, String message) {
        WebElement error = session.waiting().until(d -> {
            WebElement e = d.findElement(By.id(fieldId + "-error"));
            return e.isDisplayed() ? e : null;
        });
        assertTrue(error.getText().contains(message), error.getText());
        WebElement field = session.driver().findElement(By.id(fieldId));
        assertEquals("true", field.getAttribute("aria-invalid"));
        assertTrue(field.getAttribute("aria-describedby").contains(fieldId + "-error"),
                field.getAttribute("aria-describedby"));
        assertEquals(fieldId, session.driver().switchTo().activeElement().getAttribute("id"), "focus on the field");
    }

    private static WebElement field(Session session, String milestoneKey, String part) {
        return session.find(".pp-admin__milestone[data-key='" + milestoneKey + "'] [data-part='" + part + "']");
    }

    private static JsonNode cycle(String user, String id) throws Exception {
        HttpResponse<String> answer = Rest.get(user, API + "/admin/cycles/" + id);
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    private static JsonNode milestone(JsonNode cycle, String key) {
        for (JsonNode milestone : cycle.get("milestones")) {
            if (milestone.get("key").asText().equals(key)) {
                return milestone;
            }
        }
        throw new AssertionError("no milestone " + key);
    }
}
