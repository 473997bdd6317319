package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Patientnämnden's report of this year is restricted to the group ekonomistaben. The system administrator, who may
 * see and add pages to Patientnämnden's space but is not in that group, sees its cell as "Saknas" in the tracker; when
 * she starts that report in the Create dialog, the wizard says that a report exists which she may not see, with
 * neither its title nor a link, and creates none (the database would refuse a second one).
 */
class WizardHiddenReportTest {
    private static final int YEAR = Instant.parse(Devhost.CLOCK).atZone(ZoneOffset.UTC).getYear();
    private static final String ADMIN = "admin";

    @BeforeAll
    static void browser() {
        Browser.assumeAvailable();
    }

    @Test
    void aReportTheUserMayNotSee_isNamedAsExisting_withoutTitleOrLink_andNoSecondIsCreated() {
        JsonNode tracker = TrackerTable.json(ADMIN, "regionplan-" + (YEAR + 1));
        JsonNode pat = TrackerTable.row(tracker, "PAT").orElseThrow();
        assertEquals("missing", pat.at("/cells/0/state").asText(), "the tracker shows only what she may see");
        String cycleName = "Regionplan " + (YEAR + 1) + "–" + (YEAR + 4);
        try (Session admin = Session.loginAs(ADMIN)) {
            admin.open("/display/PAT");
            admin.find("#create-page-button").click();
            new Select(admin.find("#create-dialog-space")).selectByValue("PAT");
            admin.driver().findElements(By.cssSelector("#create-dialog .devhost-blueprint-item label")).stream()
                    .filter(l -> l.getText().contains("Återkopplingsrapport")).findFirst().orElseThrow().click();
            admin.buttonInDialog("Nästa").click();
            Select committee = new Select(admin.find("#pp-wizard-committee"));
            admin.waiting().until(d -> committee.getOptions().size() > 1);
            assertEquals("Patientnämnden", committee.getFirstSelectedOption().getText());
            new Select(admin.find("#pp-wizard-cycle")).selectByVisibleText(cycleName);

            admin.waiting().until(d -> !admin.text(".pp-wizard__message").isEmpty());
            String message = admin.text(".pp-wizard__message");
            assertEquals("Det finns redan en återkopplingsrapport för nämnden och planperioden, men du har inte"
                    + " behörighet att se den: sidan är begränsad eller ligger i papperskorgen. Skapa ingen ny rapport;"
                    + " fråga nämndens sekreterare eller ekonomistaben.", message);
            assertTrue(admin.all(".pp-wizard__message a").isEmpty(), "no link to a page she may not open");
            assertFalse(admin.driver().getPageSource().contains("Återkopplingsrapport " + cycleName
                    + " – Patientnämnden"), "no title of it anywhere in the page");
            Browser.screenshot(admin.driver(), "12-wizard-hidden-report");
            Axe.assertNoSeriousViolations(admin.driver(), "The wizard naming a report the user may not see");

            admin.buttonInDialog("Skapa").click();
            assertEquals(message, admin.text(".pp-wizard__message"));
            assertFalse(admin.driver().getCurrentUrl().contains("pageId="), "still in the dialog");
        }
    }
}
