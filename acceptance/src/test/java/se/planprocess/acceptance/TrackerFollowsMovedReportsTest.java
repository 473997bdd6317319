package se.planprocess.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report page moved to another committee's space in the host's UI (the host publishes Confluence's
 * PageMoveEvent) moves its cell in the tracker: the new committee has it, the old one has not started. When the
 * new committee already has its report for the cycle, that one keeps the cell, and the moved report stays registered
 * with its status and history, unassigned (its page says so) until it is moved to a committee with a free place.
 * The cycle, its reports and the tracker page are this class's own (plan year 2062, reports due in April 2061), so
 * the demo's figures do not change.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrackerFollowsMovedReportsTest {
    private static final String FINANCE = "ekonomi";
    private static final String API = TrackerTable.API;
    private static String cycleKey;
    private static String cycleName;
    private static long hsnReport;
    private static String hsnTitle;
    private static long runReport;
    private static String runTitle;
    private static String trackerPage;

    @BeforeAll
    static void ownCycleReportsAndTracker() {
        Browser.assumeAvailable();
        JsonNode cycle = TrackerTable.createCycle(
                "{\"template\":\"regionplan\",\"planYear\":2062,\"reportTemplateVersion\":\"2024\"}");
        cycleKey = cycle.get("key").asText();
        cycleName = cycle.get("nameSv").asText();
        Map<String, String> wizard = Map.of("cycleId", cycle.get("id").asText());
        hsnReport = CreateDialog.report(FINANCE, "HSN", wizard);
        runReport = CreateDialog.report(FINANCE, "RUN", wizard);
        var prepared = Rest.postJson(FINANCE, API + "/documents/" + runReport + "/status",
                "{\"status\":\"prepared\",\"version\":1}");
        assertEquals(200, prepared.statusCode(), prepared.body());
        hsnTitle = document(hsnReport).get("title").asText();
        runTitle = document(runReport).get("title").asText();
        try (Session finance = Session.loginAs(FINANCE)) {
            trackerPage = TrackerTable.writeTrackerPage(finance, "EKONOMI", "Flyttade rapporter " + cycleKey, cycleKey);
            WebElement table = TrackerTable.on(finance, cycleName);
            assertTrue(TrackerTable.cellOf(table, "Hälso- och sjukvårdsnämnden").contains(hsnTitle));
            assertTrue(TrackerTable.cellOf(table, "Kulturnämnden").startsWith("Ej påbörjad"),
                    TrackerTable.cellOf(table, "Kulturnämnden"));
        }
    }

    @Test
    @Order(1)
    void aReportMovedToACommitteeWithoutOne_movesItsCell_andTheOldCommitteeHasNotStarted() {
        try (Session finance = Session.loginAs(FINANCE)) {
            move(finance, hsnReport, hsnTitle, "KULTUR");
            finance.open(trackerPage);
            WebElement table = TrackerTable.on(finance, cycleName);
            String kultur = TrackerTable.cellOf(table, "Kulturnämnden");
            assertTrue(kultur.startsWith("Pågår") && kultur.contains(hsnTitle), kultur);
            String hsn = TrackerTable.cellOf(table, "Hälso- och sjukvårdsnämnden");
            assertTrue(hsn.startsWith("Ej påbörjad") && !hsn.contains(hsnTitle), hsn);
            assertEquals(1, table.findElements(By.cssSelector("a[href$='pageId=" + hsnReport + "']")).size(),
                    "the report has one cell, under its new committee");
        }
        JsonNode tracker = TrackerTable.json(FINANCE, cycleKey);
        assertEquals(hsnReport, TrackerTable.row(tracker, "KULTUR").orElseThrow().at("/cells/0/pageId").asLong());
        assertEquals("not-started", TrackerTable.row(tracker, "HSN").orElseThrow().at("/cells/0/state").asText());
        assertFalse(TrackerTable.row(tracker, "HSN").orElseThrow().at("/cells/0").has("pageId"));
    }

    @Test
    @Order(2)
    void aReportMovedToACommitteeThatHasOne_leavesThatOneInTheCell_andStaysRegisteredUnassigned() {
        try (Session finance = Session.loginAs(FINANCE)) {
            move(finance, runReport, runTitle, "KULTUR");
            WebElement unassigned = finance.find(".pp-status__facts .pp-warning");
            assertTrue(unassigned.getText().startsWith("Ingen nämnd"), unassigned.getText());
            assertEquals("Under beredning", finance.textContent(".pp-status .pp-lozenge"), "its status is kept");
            finance.open(trackerPage);
            WebElement table = TrackerTable.on(finance, cycleName);
            String kultur = TrackerTable.cellOf(table, "Kulturnämnden");
            assertTrue(kultur.contains(hsnTitle) && !kultur.contains(runTitle), "the first one keeps it: " + kultur);
            String run = TrackerTable.cellOf(table, "Regionala utvecklingsnämnden");
            assertTrue(run.startsWith("Ej påbörjad"), run);
            assertTrue(finance.all("a[href$='pageId=" + runReport + "']").isEmpty(), "an unassigned report has no cell");
        }
        JsonNode moved = document(runReport);
        assertFalse(moved.get("assigned").asBoolean(), moved.toString());
        assertEquals("prepared", moved.at("/status/key").asText());
        assertEquals("MOVED", moved.at("/history/0/type").asText());
        assertEquals("KULTUR", moved.at("/history/0/to").asText());
        JsonNode kept = document(hsnReport);
        assertEquals("Kulturnämnden", kept.get("committeeName").asText(), "the report that was there is untouched");
    }

    @Test
    @Order(3)
    void theUnassignedReport_movedToACommitteeWithAFreePlace_getsItsCellBack() {
        try (Session finance = Session.loginAs(FINANCE)) {
            move(finance, runReport, runTitle, "RUN");
            assertTrue(finance.all(".pp-status__facts .pp-warning").isEmpty());
            finance.open(trackerPage);
            String run = TrackerTable.cellText(TrackerTable.on(finance, cycleName), "Regionala utvecklingsnämnden");
            assertTrue(run.startsWith("Pågår") && run.contains("Under beredning") && run.contains(runTitle), run);
        }
        assertEquals("Regionala utvecklingsnämnden", document(runReport).get("committeeName").asText());
    }

    /** The host's move action on the page: the space select and the Move button; waits for the page again. */
    private static void move(Session session, long pageId, String title, String spaceKey) {
        session.open("/pages/viewpage.action?pageId=" + pageId);
        new Select(session.find("#move-target")).selectByValue(spaceKey);
        session.clickAndWaitForReload(session.driver().findElement(
                By.cssSelector("form[action$='/pages/movepage.action'] button[type=submit]")));
        session.waiting().until(ExpectedConditions.textToBe(By.id("title-text"), title));
    }

    private static JsonNode document(long pageId) {
        var response = Rest.get(FINANCE, API + "/documents/" + pageId);
        assertEquals(200, response.statusCode(), response.body());
        return TrackerTable.read(response.body());
    }
}
