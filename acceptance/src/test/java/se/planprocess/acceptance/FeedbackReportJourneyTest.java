package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A committee secretary writes Hälso- och sjukvårdsnämnden's feedback report for the next cycle from the Create
 * dialog to "Inskickad"; a reader sees the result without controls; the secretary of another committee can change
 * it neither in the page nor through REST.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeedbackReportJourneyTest {
    static final String SECRETARY = "sekreterare.hsn";
    static final String TITLE = "Återkopplingsrapport Regionplan 2028–2031 – Hälso- och sjukvårdsnämnden";
    private static String reportPath;
    private static long pageId;

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    @Order(1)
    void secretary_createsTheReportFromTheCreateDialog() {
        try (Session hsn = Session.loginAs(SECRETARY)) {
            hsn.open("/display/HSN");
            hsn.find("#create-page-button").click();
            new Select(hsn.find("#create-dialog-space")).selectByValue("HSN");
            WebElement choice = hsn.driver().findElements(By.cssSelector("#create-dialog .devhost-blueprint-item label")).stream()
                    .filter(l -> l.getText().contains("Återkopplingsrapport")).findFirst().orElseThrow();
            choice.click();
            hsn.buttonInDialog("Nästa").click();

            Select committee = new Select(hsn.find("#pp-wizard-committee"));
            hsn.waiting().until(d -> committee.getOptions().size() > 1);
            Select cycle = new Select(hsn.find("#pp-wizard-cycle"));
            assertEquals("Hälso- och sjukvårdsnämnden", committee.getFirstSelectedOption().getText());
            assertEquals("Regionplan 2028–2031 (pågående)", cycle.getFirstSelectedOption().getText());
            Browser.screenshot(hsn.driver(), "01-wizard");
            Axe.assertNoSeriousViolations(hsn.driver(), "Create dialog with the report wizard");

            hsn.buttonInDialog("Skapa").click();
            hsn.waiting().until(ExpectedConditions.textToBe(By.id("title-text"), TITLE));
            reportPath = hsn.driver().getCurrentUrl().substring(hsn.driver().getCurrentUrl().indexOf("/confluence") + "/confluence".length());
            pageId = Long.parseLong(hsn.driver().getCurrentUrl().replaceAll(".*pageId=(\\d+).*", "$1"));

            assertEquals("Utkast", hsn.textContent(".pp-status .pp-lozenge"));
            assertEquals("0 av 7 avsnitt klara", hsn.text(".pp-readiness__summary"));
            assertTrue(hsn.text(".pp-status__deadline").contains("Återkopplingsrapport RSAU tillhanda 16 april 2027"));
            List<String> headings = hsn.all(".wiki-content h2").stream().map(WebElement::getText).toList();
            assertEquals(List.of("Nämndens bidrag till fullmäktiges mål", "Nämndens planerade verksamhetsförändringar",
                    "Nämndens inriktning för kompetensförsörjning",
                    "Nämndens plan för hållbar ekonomi och prioriteringar av resurser", "Nämndens investeringsplanering",
                    "Nämndens övriga synpunkter – möjligheter och utmaningar", "Risk- och känslighetsanalys"), headings);
            Browser.screenshot(hsn.driver(), "02-new-report");
        }
    }

    @Test
    @Order(2)
    void secretary_fillsASection_marksItReady_andSubmitsTheReport() {
        try (Session hsn = Session.loginAs(SECRETARY)) {
            hsn.open("/pages/editpage.action?pageId=" + pageId);
            WebElement content = hsn.find("#wysiwygTextarea");
            String storage = content.getAttribute("value");
            String filled = storage.replaceFirst("<p><ac:placeholder>[^<]*</ac:placeholder></p>",
                    "<p>Nämnden bidrar till målet om en god och jämlik vård genom kortare väntetider.</p>");
            hsn.script("arguments[0].value = arguments[1];", content, filled);
            hsn.saveEditor();
            assertTrue(hsn.text(".wiki-content").contains("kortare väntetider"));

            WebElement markGoals = hsn.find(".pp-section-toggle[data-section='goals']");
            hsn.clickAndWaitForReload(markGoals);
            assertEquals("1 av 7 avsnitt klara", hsn.text(".pp-readiness__summary"));

            for (String next : List.of("Under beredning", "Behandlad i nämnd", "Beslutad", "Inskickad")) {
                WebElement forward = hsn.find(".pp-forward");
                assertEquals("Flytta till: " + next, forward.getText());
                if (next.equals("Inskickad")) {
                    forward.click();
                    WebElement confirm = hsn.find(".pp-confirm-ok");
                    hsn.waiting().until(ExpectedConditions.visibilityOf(confirm));
                    assertEquals("Flytta till Inskickad ändå", confirm.getText(), "6 of 7 sections are not ready");
                    hsn.clickAndWaitForReload(confirm);
                } else {
                    hsn.clickAndWaitForReload(forward);
                }
                assertEquals(next, hsn.textContent(".pp-status .pp-lozenge"));
                assertEquals("Sparat.", hsn.text(".pp-message"), "the confirmation survives the reload");
            }
            assertTrue(hsn.all(".pp-forward").isEmpty(), "Mottagen is for ekonomistaben only");
            hsn.find(".pp-history summary").click();
            Browser.screenshot(hsn.driver(), "03-submitted");
            Axe.assertNoSeriousViolations(hsn.driver(), "Report page with the status macro, controls and history");
        }
    }

    @Test
    @Order(3)
    void reader_seesTheSameFacts_withoutControls() {
        try (Session reader = Session.loginAs("lasare")) {
            reader.open("/pages/viewpage.action?pageId=" + pageId);
            assertEquals("Submitted", reader.textContent(".pp-status .pp-lozenge"), "the reader uses the English UI");
            assertEquals("1 of 7 sections ready", reader.text(".pp-readiness__summary"));
            assertTrue(reader.all(".pp-controls").isEmpty());
            assertTrue(reader.all(".pp-section-toggle").isEmpty());
            Browser.screenshot(reader.driver(), "04-reader-english");
            Axe.assertNoSeriousViolations(reader.driver(), "Report page for a reader");
        }
    }

    @Test
    @Order(4)
    void secretaryOfAnotherCommittee_cannotChangeIt_inThePageOrThroughRest() throws Exception {
        try (Session kultur = Session.loginAs("sekreterare.kultur")) {
            kultur.open("/pages/viewpage.action?pageId=" + pageId);
            assertEquals("Inskickad", kultur.textContent(".pp-status .pp-lozenge"));
            assertTrue(kultur.all(".pp-controls").isEmpty());
            assertTrue(kultur.all(".pp-section-toggle").isEmpty());
        }
        JsonNode before = new ObjectMapper().readTree(Rest.get(SECRETARY, "/rest/planprocess/1.0/documents/" + pageId).body());
        long version = before.get("version").asLong();
        HttpResponse<String> refused = Rest.postJson("sekreterare.kultur", "/rest/planprocess/1.0/documents/" + pageId
                + "/status", "{\"status\":\"decided\",\"version\":" + version + ",\"comment\":\"Fel nämnd\"}");
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("Du har inte behörighet"), refused.body());
        HttpResponse<String> section = Rest.postJson("sekreterare.kultur", "/rest/planprocess/1.0/documents/" + pageId
                + "/sections/risk", "{\"ready\":true,\"version\":" + version + "}");
        assertEquals(403, section.statusCode());
        JsonNode after = new ObjectMapper().readTree(Rest.get(SECRETARY, "/rest/planprocess/1.0/documents/" + pageId).body());
        assertEquals(version, after.get("version").asLong());
        assertEquals("submitted", after.at("/status/key").asText());
    }

    @Test
    @Order(5)
    void crossSiteRequests_areRefused_andChangeNothing() throws Exception {
        long version = new ObjectMapper().readTree(Rest.get(SECRETARY, "/rest/planprocess/1.0/documents/" + pageId).body())
                .get("version").asLong();
        HttpResponse<String> form = Rest.postCrossSiteForm(SECRETARY, "/rest/planprocess/1.0/documents/" + pageId
                + "/status", "status=decided&version=" + version);
        assertEquals(403, form.statusCode(), form.body());
        HttpResponse<String> json = Rest.postJsonFromOtherOrigin(SECRETARY, "/rest/planprocess/1.0/documents/" + pageId
                + "/status", "{\"status\":\"decided\",\"version\":" + version + ",\"comment\":\"x\"}");
        assertEquals(403, json.statusCode(), json.body());
        JsonNode after = new ObjectMapper().readTree(Rest.get(SECRETARY, "/rest/planprocess/1.0/documents/" + pageId).body());
        assertEquals(version, after.get("version").asLong());
    }

    @Test
    @Order(6)
    void secondReportForTheSameCommitteeAndCycle_isRefused_withALinkToTheFirst() {
        try (Session hsn = Session.loginAs(SECRETARY)) {
            hsn.open("/display/HSN");
            hsn.find("#create-page-button").click();
            new Select(hsn.find("#create-dialog-space")).selectByValue("HSN");
            hsn.driver().findElements(By.cssSelector("#create-dialog .devhost-blueprint-item label")).stream()
                    .filter(l -> l.getText().contains("Återkopplingsrapport")).findFirst().orElseThrow().click();
            hsn.buttonInDialog("Nästa").click();
            WebElement link = hsn.find(".pp-wizard__message a");
            assertEquals("Öppna den befintliga rapporten: " + TITLE, link.getText());
            hsn.buttonInDialog("Skapa").click();
            assertTrue(hsn.text(".pp-wizard__message").contains("Det finns redan en återkopplingsrapport"));
            assertFalse(hsn.driver().getCurrentUrl().contains("pageId="), "still in the dialog");
            Browser.screenshot(hsn.driver(), "05-duplicate-refused");
        }
    }

    @Test
    @Order(7)
    void exportedPage_isStaticText_withoutScriptsOrControls() {
        try (Session reader = Session.loginAs("ekonomi")) {
            reader.open("/spaces/flyingpdf/pdfpageexport.action?pageId=" + pageId);
            String text = reader.text("body");
            assertTrue(text.contains("Status: Inskickad"), text);
            assertTrue(text.contains("Återkopplingsrapport RSAU tillhanda 16 april 2027"), text);
            assertTrue(reader.all("script").isEmpty());
            assertTrue(reader.all("button").isEmpty());
            Browser.screenshot(reader.driver(), "06-export");
        }
    }

    static long pageId() {
        return pageId;
    }

    static String reportPath() {
        return reportPath;
    }
}
