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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The registration of a report follows what people do to its page in the host's UI: a new title, a move to another
 * committee's space (the committee follows), a move to a space of no committee (visibly unassigned), the trash
 * (hidden, history kept), restore (back with its status and history) and purge (registration and history gone).
 * The report is this class's own: Kollektivtrafiknämnden's for the next cycle, which the demo does not have.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistrationFollowsThePageTest {
    private static final String FINANCE = "ekonomi";
    private static final String API = "/rest/planprocess/1.0";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Long> COMMITTEES = new HashMap<>();
    private static long cycleId;
    private static long pageId;
    private static String title;
    private static String newTitle;

    @BeforeAll
    static void ownReport() throws Exception {
        Browser.assumeAvailable();
        // the demo's next cycle: plan year Y+2 seen from the demo day (other tests may add cycles of their own)
        int planYear = java.time.Instant.parse(Devhost.CLOCK).atZone(java.time.ZoneOffset.UTC).getYear() + 2;
        for (JsonNode cycle : json(Rest.get(FINANCE, API + "/admin/cycles"))) {
            if (cycle.get("planYear").asInt() == planYear) {
                cycleId = cycle.get("id").asLong();
            }
        }
        for (JsonNode committee : json(Rest.get(FINANCE, API + "/admin/committees"))) {
            COMMITTEES.put(committee.path("spaceKey").asText(), committee.get("id").asLong());
        }
        assertFalse(existing("KOLL").get("exists").asBoolean(), "the next cycle has no report for KOLL yet");
        assertFalse(existing("PAT").get("exists").asBoolean(), "the next cycle has no report for PAT yet");
        JsonNode created = json(CreateDialog.create(FINANCE, "KOLL", CreateDialog.REPORT_ITEM,
                java.util.Map.of("cycleId", String.valueOf(cycleId))));
        pageId = created.get("pageId").asLong();
        title = created.get("title").asText();
        newTitle = title + " (reviderad)";
        JsonNode doc = json(Rest.postJson(FINANCE, API + "/documents/" + pageId + "/sections/goals",
                "{\"ready\":true,\"version\":1}"));
        json(Rest.postJson(FINANCE, API + "/documents/" + pageId + "/status",
                "{\"status\":\"prepared\",\"version\":" + doc.get("version").asLong() + "}"));
    }

    @Test
    @Order(1)
    void renamedInTheEditor_theDocumentHasTheNewTitle_andATitleEntry() throws Exception {
        try (Session finance = Session.loginAs(FINANCE)) {
            finance.open("/pages/editpage.action?pageId=" + pageId);
            WebElement field = finance.find("#content-title");
            field.clear();
            field.sendKeys(newTitle);
            finance.saveEditor();
            assertEquals(newTitle, finance.text("#title-text"));
            finance.find(".pp-history summary").click();
            assertTrue(finance.text(".pp-history").contains(newTitle), finance.text(".pp-history"));
        }
        JsonNode doc = document();
        assertEquals(newTitle, doc.get("title").asText());
        JsonNode latest = doc.at("/history/0");
        assertEquals("TITLE", latest.get("type").asText(), doc.get("history").toString());
        assertEquals(title, latest.get("from").asText());
        assertEquals(newTitle, latest.get("to").asText());
        assertEquals("Kollektivtrafiknämnden", doc.get("committeeName").asText());
    }

    @Test
    @Order(2)
    void movedToAnotherCommitteesSpace_theCommitteeFollows() throws Exception {
        try (Session finance = Session.loginAs(FINANCE)) {
            moveTo(finance, "PAT");
            assertEquals("Patientnämnden", finance.text(".pp-status__facts dd"));
            assertTrue(finance.all(".pp-status__facts .pp-warning").isEmpty());
        }
        JsonNode doc = document();
        assertEquals("Patientnämnden", doc.get("committeeName").asText());
        assertTrue(doc.get("assigned").asBoolean());
        JsonNode moved = doc.at("/history/0");
        assertEquals("MOVED", moved.get("type").asText(), doc.get("history").toString());
        assertEquals("KOLL", moved.get("from").asText());
        assertEquals("PAT", moved.get("to").asText());
        assertEquals(pageId, existing("PAT").get("pageId").asLong(), "it is PAT's report for the cycle now");
        assertFalse(existing("KOLL").get("exists").asBoolean(), "KOLL's place is free again");
    }

    @Test
    @Order(3)
    void movedToASpaceOfNoCommittee_theMacroShowsItUnassigned() throws Exception {
        try (Session finance = Session.loginAs(FINANCE)) {
            moveTo(finance, "EKONOMI");
            WebElement unassigned = finance.find(".pp-status__facts .pp-warning");
            assertTrue(unassigned.isDisplayed());
            assertTrue(unassigned.getText().startsWith("Ingen nämnd"), unassigned.getText());
            Browser.screenshot(finance.driver(), "10-unassigned-report");
        }
        JsonNode doc = document();
        assertEquals("", doc.get("committeeName").asText());
        assertFalse(doc.get("assigned").asBoolean());
        assertEquals("MOVED", doc.at("/history/0/type").asText());
        assertEquals("EKONOMI", doc.at("/history/0/to").asText());
        assertFalse(existing("PAT").get("exists").asBoolean(), "PAT's place is free again");
    }

    @Test
    @Order(4)
    void trashed_isHiddenFromRestAndTheLabelPage_andRestored_withItsStatusAndHistory() throws Exception {
        JsonNode before = document();
        List<String> historyBefore = types(before);
        assertTrue(labelPageLists("lasare"), "a reader sees the report on the label page before");
        try (Session finance = Session.loginAs(FINANCE)) {
            finance.open("/pages/viewpage.action?pageId=" + pageId);
            finance.clickAndWaitForReload(finance.find("form[action$='/pages/removepage.action'] button"));

            assertEquals(404, Rest.get(FINANCE, API + "/documents/" + pageId).statusCode());
            assertEquals(404, Rest.get(FINANCE, API + "/documents/" + pageId + "/history").statusCode());
            assertFalse(labelPageLists("lasare"), "the label page no longer lists it for others");
            assertFalse(labelPageLists(FINANCE));

            finance.open("/spaces/trash.action?spaceKey=EKONOMI");
            finance.clickAndWaitForReload(finance.find("button[aria-label='Återställ: " + newTitle + "']"));
            assertEquals(newTitle, finance.text("#title-text"));
            assertEquals("Under beredning", finance.textContent(".pp-status .pp-lozenge"));
            assertEquals("1 av 7 avsnitt klara", finance.text(".pp-readiness__summary"));
        }
        JsonNode after = document();
        assertEquals("prepared", after.at("/status/key").asText());
        assertEquals(1, after.at("/readiness/ready").asInt());
        assertEquals(newTitle, after.get("title").asText());
        List<String> expected = new ArrayList<>(List.of("RESTORED", "TRASHED"));
        expected.addAll(historyBefore);
        assertEquals(expected, types(after), "the history is kept, with the trash and the restore on top");
        assertTrue(labelPageLists("lasare"), "listed again");
    }

    @Test
    @Order(5)
    void purgedFromTheTrash_theRegistrationAndHistoryAreGone() throws Exception {
        try (Session finance = Session.loginAs(FINANCE)) {
            moveTo(finance, "KOLL");
        }
        assertEquals("Kollektivtrafiknämnden", document().get("committeeName").asText(), "back in KOLL, it follows again");
        assertEquals(pageId, existing("KOLL").get("pageId").asLong());
        try (Session admin = Session.loginAs("admin")) {
            admin.open("/pages/viewpage.action?pageId=" + pageId);
            admin.clickAndWaitForReload(admin.find("form[action$='/pages/removepage.action'] button"));
            assertTrue(existing("KOLL").get("exists").asBoolean(), "a trashed report keeps its place for a restore");
            admin.open("/spaces/trash.action?spaceKey=KOLL");
            admin.clickAndWaitForReload(admin.find("button[aria-label='Radera permanent: " + newTitle + "']"));
            assertTrue(admin.all("button[aria-label='Återställ: " + newTitle + "']").isEmpty(), "gone from the trash");
            admin.open("/pages/viewpage.action?pageId=" + pageId);
            assertEquals("Sidan hittades inte", admin.text("h1"));
        }
        HttpResponse<String> gone = Rest.get(FINANCE, API + "/documents/" + pageId);
        assertEquals(404, gone.statusCode(), gone.body());
        assertEquals(404, Rest.get(FINANCE, API + "/documents/" + pageId + "/history").statusCode());
        assertFalse(existing("KOLL").get("exists").asBoolean(),
                "the registration is gone: KOLL's place for the cycle is free (with it, its history rows)");
    }

    /** The host's move action on the page: the space select and the Move button; waits for the page again. */
    private static void moveTo(Session session, String spaceKey) {
        session.open("/pages/viewpage.action?pageId=" + pageId);
        new Select(session.find("#move-target")).selectByValue(spaceKey);
        session.clickAndWaitForReload(session.driver().findElement(
                By.cssSelector("form[action$='/pages/movepage.action'] button[type=submit]")));
        session.waiting().until(ExpectedConditions.textToBe(By.id("title-text"), newTitle));
        assertTrue(session.text(".breadcrumbs").length() > 0);
    }

    private static boolean labelPageLists(String user) {
        HttpResponse<String> label = Rest.get(user, "/label/planprocess");
        assertEquals(200, label.statusCode());
        return label.body().contains("pageId=" + pageId + "\"");
    }

    private static List<String> types(JsonNode document) {
        List<String> types = new ArrayList<>();
        document.get("history").forEach(entry -> types.add(entry.get("type").asText()));
        return types;
    }

    private static JsonNode existing(String spaceKey) throws Exception {
        return json(Rest.get(FINANCE, API + "/reports/existing?committeeId=" + COMMITTEES.get(spaceKey)
                + "&cycleId=" + cycleId));
    }

    private static JsonNode document() throws Exception {
        return json(Rest.get(FINANCE, API + "/documents/" + pageId));
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        assertEquals(200, response.statusCode(), response.request().uri() + ": " + response.body());
        return JSON.readTree(response.body());
    }
}
