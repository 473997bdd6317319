package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ekonomistaben makes a committee room for a new committee through the host's Create space dialog: the wizard
 * refuses a 10,000-character committee name next to the field (and nothing is created), then creates the space,
 * whose home page shows the new committee's summary. A secretary, who may create spaces, is told in the wizard that
 * only ekonomistaben registers committees, and nothing is created.
 */
class SpaceBlueprintDialogTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FINANCE = "ekonomi";
    private static final String KEY = "SERVICE";

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    /** The new committee is set inactive afterwards, so that the other tests' trackers count the demo's eight. */
    @AfterAll
    static void retireTheNewCommittee() throws Exception {
        for (JsonNode c : JSON.readTree(Rest.get(FINANCE, "/rest/planprocess/1.0/admin/committees").body())) {
            if (KEY.equals(c.path("spaceKey").asText())) {
                Rest.postJson(FINANCE, "/rest/planprocess/1.0/admin/committees", JSON.writeValueAsString(Map.of(
                        "name", c.get("name").asText(), "shortName", c.get("shortName").asText(), "spaceKey", KEY,
                        "active", false)));
            }
        }
    }

    @Test
    void ekonomistaben_createsACommitteeRoom_throughTheCreateSpaceDialog_andSeesTheCommitteeSummary() throws Exception {
        try (Session finance = Session.loginAs(FINANCE)) {
            finance.open("/dashboard.action");
            openCommitteeRoomWizard(finance);
            Browser.screenshot(finance.driver(), "20-space-dialog-wizard");
            Axe.assertNoSeriousViolations(finance.driver(), "The committee room wizard");

            finance.find("#pp-space-name").sendKeys("Servicenämnden");
            finance.find("#pp-space-key").sendKeys(KEY);
            finance.find("label[for='pp-space-committee-new']").click();
            WebElement name = finance.find("#pp-space-committee-name");
            finance.script("arguments[0].value = 'N'.repeat(10000);", name);
            finance.find("#pp-space-committee-shortname").sendKeys("SVN");
            finance.buttonInDialog("Skapa").click();
            finance.waiting().until(d -> !error(finance, "pp-space-committee-name-error").isEmpty());
            assertEquals("Högst 200 tecken.", error(finance, "pp-space-committee-name-error"));
            assertEquals("true", name.getAttribute("aria-invalid"));
            assertTrue(finance.driver().findElement(By.id("pp-space-committee-name")).equals(
                    finance.driver().switchTo().activeElement()), "the field with the error has the focus");
            Axe.assertNoSeriousViolations(finance.driver(), "The committee room wizard with an error");
            Browser.screenshot(finance.driver(), "21-space-dialog-error");
            assertEquals(404, Rest.get(FINANCE, "/display/" + KEY).statusCode(), "no space");
            assertFalse(Rest.get(FINANCE, "/rest/planprocess/1.0/admin/committees").body().contains("SVN"),
                    "no committee");

            name.clear();
            name.sendKeys("Servicenämnden");
            finance.buttonInDialog("Skapa").click();
            finance.waiting().until(d -> d.getCurrentUrl().endsWith("/display/" + KEY));
            finance.waiting().until(d -> !d.findElements(By.cssSelector(".pp-committee")).isEmpty());
            String summary = finance.text(".pp-committee caption");
            assertTrue(summary.startsWith("Nämndens läge: Servicenämnden,"), summary);
            assertTrue(finance.text(".wiki-content").contains("Nämndrum för Servicenämnden"));
            Axe.assertNoSeriousViolations(finance.driver(), "A committee room's home page");
            Browser.screenshot(finance.driver(), "22-space-committee-room-home");
        }
        JsonNode committee = null;
        for (JsonNode c : JSON.readTree(Rest.get(FINANCE, "/rest/planprocess/1.0/admin/committees").body())) {
            if ("SVN".equals(c.get("shortName").asText())) {
                committee = c;
            }
        }
        assertEquals(KEY, committee == null ? null : committee.get("spaceKey").asText(),
                "the space is registered as the committee's");
    }

    @Test
    void thePlanningProcessSpace_ofTheDemo_showsTheTrackerAndTheAdministrationLink() {
        try (Session finance = Session.loginAs(FINANCE)) {
            finance.open("/display/PLAN");
            finance.waiting().until(d -> !d.findElements(By.cssSelector(".pp-tracker")).isEmpty());
            // the home page's own link, besides the one under the tracker
            assertTrue(finance.driver().findElements(By.cssSelector(".wiki-content a[href$='/plugins/servlet/planprocess/admin']"))
                    .stream().map(WebElement::getText)
                    .anyMatch("Administrera processen (planperioder, deadlines och tidplan)"::equals));
            assertTrue(finance.text(".wiki-content").contains("Nästa deadlines"));
            Axe.assertNoSeriousViolations(finance.driver(), "The planning process space's home page");
            Browser.screenshot(finance.driver(), "23-space-planning-home");
        }
    }

    @Test
    void aSecretary_isToldInTheWizard_thatOnlyEkonomistabenRegistersCommittees_andNothingIsCreated() {
        try (Session secretary = Session.loginAs("sekreterare.hsn")) {
            secretary.open("/dashboard.action");
            openCommitteeRoomWizard(secretary);
            String notAllowed = "Bara ekonomistaben kan registrera en nämnd med ett nytt utrymme. Be ekonomistaben"
                    + " skapa nämndrummet.";
            secretary.waiting().until(d -> !error(secretary, "pp-space-committee-error").isEmpty());
            assertEquals(notAllowed, error(secretary, "pp-space-committee-error"));
            secretary.find("#pp-space-name").sendKeys("Sekreterarens nämndrum");
            secretary.find("#pp-space-key").sendKeys("SEKRETERARE");
            secretary.find("label[for='pp-space-committee-new']").click();
            secretary.find("#pp-space-committee-name").sendKeys("Sekreterarnämnden");
            secretary.find("#pp-space-committee-shortname").sendKeys("SEKN");
            secretary.buttonInDialog("Skapa").click();
            secretary.waiting().until(d -> d.switchTo().activeElement().getAttribute("id")
                    .equals("pp-space-committee-existing"));
            assertEquals(notAllowed, error(secretary, "pp-space-committee-error"));
            assertTrue(secretary.driver().getCurrentUrl().endsWith("/dashboard.action"), "still in the dialog");
            Axe.assertNoSeriousViolations(secretary.driver(), "The committee room wizard refusing a secretary");
        }
        assertEquals(404, Rest.get(FINANCE, "/display/SEKRETERARE").statusCode(), "no space");
        assertFalse(Rest.get(FINANCE, "/rest/planprocess/1.0/admin/committees").body().contains("SEKN"),
                "no committee");
    }

    /** A field's error text (the element is hidden while it is empty). */
    private static String error(Session session, String id) {
        return session.driver().findElement(By.id(id)).getAttribute("textContent").strip();
    }

    private static void openCommitteeRoomWizard(Session session) {
        session.find("#create-space-button").click();
        session.waiting().until(d -> d.findElements(By.cssSelector("#create-dialog .devhost-blueprint-item label"))
                .stream().anyMatch(l -> l.getText().contains("Nämndrum")));
        session.driver().findElements(By.cssSelector("#create-dialog .devhost-blueprint-item label")).stream()
                .filter(l -> l.getText().contains("Nämndrum")).findFirst().orElseThrow().click();
        session.buttonInDialog("Nästa").click();
        session.waiting().until(d -> !d.findElements(By.id("pp-space-name")).isEmpty());
    }
}
