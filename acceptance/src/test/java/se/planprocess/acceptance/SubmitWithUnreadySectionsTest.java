package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kulturnämnden's secretary moves a report with two sections not ready to "Inskickad": the page says beforehand what
 * is not ready, the step opens a modal confirmation naming the sections (keyboard only, axe-clean), cancelling changes
 * nothing, confirming changes the status and the history says the report went in with 2 of 7 sections not ready. The
 * server refuses the same step without the confirmation. The report belongs to a cycle of its own (Regionplan
 * 2029–2032, made here), so the demo region's other reports stay as other tests expect them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SubmitWithUnreadySectionsTest {
    private static final String SECRETARY = "sekreterare.kultur";
    private static final String API = "/rest/planprocess/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> READY = List.of("goals", "changes", "competence", "economy", "investments");
    private static long cycleId;
    private static long pageId;

    @BeforeAll
    static void aDecidedReportWithTwoSectionsNotReady() throws Exception {
        Browser.assumeAvailable();
        int planYear = Integer.parseInt(Devhost.CLOCK.substring(0, 4)) + 3;
        HttpResponse<String> cycle = Rest.postJson("ekonomi", API + "/admin/cycles",
                "{\"template\":\"regionplan\",\"planYear\":" + planYear + "}");
        assertEquals(200, cycle.statusCode(), cycle.body());
        cycleId = JSON.readTree(cycle.body()).get("id").asLong();
        pageId = CreateDialog.report(SECRETARY, "KULTUR", Map.of("cycleId", String.valueOf(cycleId)));
        long version = 1;
        for (String section : READY) {
            version = ok(Rest.postJson(SECRETARY, API + "/documents/" + pageId + "/sections/" + section,
                    "{\"ready\":true,\"version\":" + version + "}")).get("version").asLong();
        }
        for (String status : List.of("prepared", "handled", "decided")) {
            version = ok(Rest.postJson(SECRETARY, API + "/documents/" + pageId + "/status",
                    "{\"status\":\"" + status + "\",\"version\":" + version + "}")).get("version").asLong();
        }
    }

    @Test
    @Order(1)
    void withoutTheConfirmation_theServerRefusesTheStep_sayingWhy_andChangesNothing() throws Exception {
        JsonNode before = document();
        HttpResponse<String> refused = Rest.postJson(SECRETARY, API + "/documents/" + pageId + "/status",
                "{\"status\":\"submitted\",\"version\":" + before.get("version").asLong() + "}");
        assertEquals(409, refused.statusCode(), refused.body());
        JsonNode error = JSON.readTree(refused.body());
        assertEquals("not-ready-sections", error.get("error").asText());
        assertEquals("2 av 7 avsnitt är inte klara: Nämndens övriga synpunkter – möjligheter och utmaningar; "
                + "Risk- och känslighetsanalys. Statusen har inte ändrats. Bekräfta att dokumentet ska flyttas till "
                + "Inskickad ändå (confirmNotReadySections: true).", error.get("message").asText());
        JsonNode after = document();
        assertEquals(before.get("version").asLong(), after.get("version").asLong());
        assertEquals("decided", after.at("/status/key").asText());
    }

    @Test
    @Order(2)
    void theSecretarySeesTheConfirmation_andCancelling_changesNothing() throws Exception {
        long version = document().get("version").asLong();
        try (Session kultur = Session.loginAs(SECRETARY)) {
            kultur.open("/pages/viewpage.action?pageId=" + pageId);
            assertEquals("Beslutad", kultur.textContent(".pp-status .pp-lozenge"));
            String note = kultur.text(".pp-status__notready");
            assertTrue(note.startsWith("2 av 7 avsnitt är inte klara inför Inskickad:"), note);
            assertTrue(note.contains("Risk- och känslighetsanalys"), note);
            WebElement dialog = kultur.driver().findElement(By.cssSelector(".pp-confirm"));
            assertEquals(Boolean.FALSE, kultur.script("return arguments[0].open;", dialog), "closed until asked");

            WebElement forward = kultur.find(".pp-forward");
            assertEquals("Flytta till: Inskickad", forward.getText());
            kultur.script("arguments[0].focus();", forward);
            forward.sendKeys(Keys.ENTER);
            waitUntilOpen(kultur, dialog, true);
            assertTrue(dialog.isDisplayed());
            assertEquals(Boolean.TRUE, kultur.script("return arguments[0].matches(':modal');", dialog),
                    "a modal dialog: the page behind it is inert");
            assertEquals("Flytta till Inskickad med avsnitt som inte är klara?",
                    kultur.text(".pp-confirm h2"));
            assertEquals(List.of("Nämndens övriga synpunkter – möjligheter och utmaningar", "Risk- och känslighetsanalys"),
                    kultur.all(".pp-confirm__sections li").stream().map(WebElement::getText).toList());
            assertEquals("Avbryt", activeText(kultur), "focus starts on the safe choice");
            Browser.screenshot(kultur.driver(), "10-confirm-submit");
            Axe.assertNoSeriousViolations(kultur.driver(), "Report page with the submit confirmation open");

            kultur.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
            waitUntilOpen(kultur, dialog, false);
            assertEquals("Flytta till: Inskickad", activeText(kultur), "focus returns to the button");
            kultur.driver().switchTo().activeElement().sendKeys(Keys.ENTER);
            waitUntilOpen(kultur, dialog, true);
            kultur.find(".pp-confirm-cancel").click();
            waitUntilOpen(kultur, dialog, false);
            assertEquals("Beslutad", kultur.textContent(".pp-status .pp-lozenge"));
        }
        JsonNode after = document();
        assertEquals(version, after.get("version").asLong(), "cancelling writes nothing");
        assertEquals("decided", after.at("/status/key").asText());
    }

    @Test
    @Order(3)
    void confirming_submitsTheReport_andTheHistorySaysWhatWasNotReady() throws Exception {
        try (Session kultur = Session.loginAs(SECRETARY)) {
            kultur.open("/pages/viewpage.action?pageId=" + pageId);
            WebElement forward = kultur.find(".pp-forward");
            kultur.script("arguments[0].focus();", forward);
            forward.sendKeys(Keys.ENTER);
            WebElement dialog = kultur.driver().findElement(By.cssSelector(".pp-confirm"));
            waitUntilOpen(kultur, dialog, true);
            kultur.driver().switchTo().activeElement().sendKeys(Keys.TAB);
            assertEquals("Flytta till Inskickad ändå", activeText(kultur));
            WebElement confirm = kultur.driver().switchTo().activeElement();
            kultur.clickAndWaitForReload(confirm);

            assertEquals("Inskickad", kultur.textContent(".pp-status .pp-lozenge"));
            assertEquals("Sparat.", kultur.text(".pp-message"));
            assertTrue(kultur.all(".pp-status__notready").isEmpty(), "nothing more to confirm");
            kultur.find(".pp-history summary").click();
            String latest = kultur.text(".pp-history tbody tr:first-child");
            assertTrue(latest.contains("Beslutad → Inskickad (med 2 av 7 avsnitt som inte var klara: Nämndens "
                    + "övriga synpunkter – möjligheter och utmaningar; Risk- och känslighetsanalys)"), latest);
            Browser.screenshot(kultur.driver(), "11-submitted-with-sections-not-ready");
            Axe.assertNoSeriousViolations(kultur.driver(), "Report page after a confirmed submit");
        }
        JsonNode after = document();
        assertEquals("submitted", after.at("/status/key").asText());
        assertEquals(2, after.at("/history/0/notReadyCount").asInt());
        try (Session reader = Session.loginAs("lasare")) {
            reader.open("/pages/viewpage.action?pageId=" + pageId);
            reader.find(".pp-history summary").click();
            String latest = reader.text(".pp-history tbody tr:first-child");
            assertTrue(latest.contains("Decided → Submitted (with 2 of 7 sections not ready: "), latest);
        }
    }

    @Test
    @Order(4)
    void aReportWhoseTitleIsTakenInTheSpace_isRefusedClearly_andNothingIsRegistered() throws Exception {
        String title = "Återkopplingsrapport Regionplan " + (Integer.parseInt(Devhost.CLOCK.substring(0, 4)) + 3)
                + "–" + (Integer.parseInt(Devhost.CLOCK.substring(0, 4)) + 6) + " – Folkhögskolenämnden";
        try (Session economist = Session.loginAs("ekonomi")) {
            economist.open("/pages/createpage.action?spaceKey=FOLK");
            economist.find("#content-title").sendKeys(title);
            economist.saveEditor();
            assertEquals(title, economist.text("#title-text"));
        }
        long folk = JSON.readTree(Rest.get("ekonomi", API + "/reports/wizard?spaceKey=FOLK").body())
                .get("defaultCommitteeId").asLong();

        HttpResponse<String> refused = CreateDialog.create("ekonomi", "FOLK", CreateDialog.REPORT_ITEM,
                Map.of("committeeId", String.valueOf(folk), "cycleId", String.valueOf(cycleId)));

        assertFalse(refused.statusCode() == 200, refused.body());
        assertTrue(refused.body().contains("Det finns redan en sida med rapportens titel i utrymmet."), refused.body());
        JsonNode existing = JSON.readTree(Rest.get("ekonomi", API + "/reports/existing?committeeId=" + folk
                + "&cycleId=" + cycleId).body());
        assertFalse(existing.get("exists").asBoolean(), existing.toString());
    }

    /** The dialog's {@code open} state (the modal dialog sits in the browser's top layer). */
    private static void waitUntilOpen(Session session, WebElement dialog, boolean open) {
        session.waiting().until(d -> Boolean.valueOf(open).equals(session.script("return arguments[0].open;", dialog)));
    }

    private static String activeText(Session session) {
        return session.driver().switchTo().activeElement().getText().trim();
    }

    private static JsonNode document() throws Exception {
        return ok(Rest.get(SECRETARY, API + "/documents/" + pageId));
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }
}
