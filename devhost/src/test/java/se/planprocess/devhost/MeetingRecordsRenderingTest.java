package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.planprocess.devhost.plugin.PluginJarLocator;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

/**
 * Decisions and actions of registered meetings through the built jar: recorded over the app's REST API, shown in the
 * meeting panel and in the meeting log macro's three layouts, each viewer seeing only meetings on pages they may see.
 * Two meeting pages are made, one in Hälso- och sjukvårdsnämnden's space (every committee member may see it) and one
 * in Krisledningsnämnden's (its own group and ekonomistaben only); they enter the index through the index rebuild
 * (their labels), and their meeting registration is written as the row the meeting blueprint writes.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MeetingRecordsRenderingTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String API = "/rest/planprocess/1.0/meetings/";
    private static final Map<String, String> JSON_ACCEPT = Map.of("Accept", "application/json");
    private static final String HOSTILE_DECISION = "<script>alert('beslut')</script> & \"citat\"";
    private static final String HOSTILE_ACTION = "<img src=x onerror=alert(1)> Ta fram underlag";
    private static final String HOSTILE_TITLE = "Styrdialog <b>fet</b> & \"HSN\"";
    private static final String KRIS_TITLE = "Krisledningens hemliga möte";
    private static final String KRIS_DECISION = "Beslut som bara krisledningen får se";
    private static final String KRIS_ACTION = "Åtgärd som bara krisledningen får se";
    private static Devhost host;
    private static String cycle;
    private static long hsnPage;
    private static long krisPage;

    @BeforeAll
    static void start() throws IOException {
        Path jar = PluginJarLocator.newestIn(Path.of(System.getProperty("devhost.pluginDir", "../plugin/target")))
                .orElseThrow(() -> new IllegalStateException("No plugin jar: build the plugin module first"));
        host = Devhost.start(TestHosts.options(TestHosts.tempDir()).withPluginJar(jar).withDemo(true));
        host.seedAppDataIfNew();
        cycle = "regionplan-" + (LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear() + 1);
        hsnPage = meetingPage("HSN", HOSTILE_TITLE, "2026-10-01");
        krisPage = meetingPage("KRIS", KRIS_TITLE, "2026-10-02");
        HttpResponse<String> rebuild = HttpSession.basic(host.baseUrl(), "admin", "demo").post(
                "/rest/planprocess/1.0/admin/index/rebuild", "application/json", "{}",
                Map.of("Accept", "application/json", "X-Atlassian-Token", "no-check"));
        assertEquals(200, rebuild.statusCode(), rebuild.body());
        register(hsnPage, "2026-10-01");
        register(krisPage, "2026-10-02");

        HttpSession secretary = HttpSession.loggedIn(host.baseUrl(), "sekreterare.hsn");
        ok(secretary.post(API + hsnPage + "/decisions", "application/json",
                JSON.writeValueAsString(Map.of("text", HOSTILE_DECISION)), JSON_ACCEPT));
        ok(secretary.post(API + hsnPage + "/actions", "application/json",
                JSON.writeValueAsString(Map.of("text", HOSTILE_ACTION, "owner", "sekreterare.hsn", "due", "2026-10-15")),
                JSON_ACCEPT));
        ok(secretary.post(API + hsnPage + "/actions", "application/json",
                JSON.writeValueAsString(Map.of("text", "Boka lokal", "owner", "ekonomi", "due", "2026-10-20")),
                JSON_ACCEPT));
        HttpSession finance = HttpSession.loggedIn(host.baseUrl(), "ekonomi");
        ok(finance.post(API + krisPage + "/decisions", "application/json",
                JSON.writeValueAsString(Map.of("text", KRIS_DECISION)), JSON_ACCEPT));
        ok(finance.post(API + krisPage + "/actions", "application/json",
                JSON.writeValueAsString(Map.of("text", KRIS_ACTION, "owner", "sekreterare.hsn", "due", "2026-10-03")),
                JSON_ACCEPT));
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    /** A page with the meeting macro, made by admin (the organiser), labelled as a meeting of the cycle. */
    private static long meetingPage(String space, String title, String date) {
        long id = host.pageService().create(host.users().byUsername("admin").orElseThrow(), space, null, title,
                "<ac:structured-macro ac:name=\"planprocess-meeting\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"kind\">styrdialog</ac:parameter>"
                        + "<ac:parameter ac:name=\"date\">" + date + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"committee\">" + space + "</ac:parameter>"
                        + "<ac:rich-text-body><h3>Deltagare</h3><p>Presidiet</p></ac:rich-text-body>"
                        + "</ac:structured-macro>").getId();
        host.pages().addLabel(id, "planprocess");
        host.pages().addLabel(id, "planprocess-meeting");
        host.pages().addLabel(id, cycle);
        return id;
    }

    /** The meeting's registration row beside its tracked document, organised by admin. */
    private static void register(long pageId, String day) {
        String organiser = host.users().byUsername("admin").orElseThrow().getKey().getStringValue();
        int rows = host.database().update("INSERT INTO AO_097607_MEETING (DOC_ID, CYCLE_ID, MEETING_KIND, MEETING_DAY,"
                + " START_TIME, END_TIME, COMMITTEE_ID, ORGANISER_KEY) SELECT ID, CYCLE_ID, 'styrdialog', ?, '09:00',"
                + " '10:30', COALESCE(COMMITTEE_ID, 0), ? FROM AO_097607_TRACKED_DOC WHERE PAGE_ID = ?",
                day, organiser, pageId);
        assertEquals(1, rows, "page " + pageId + " is in the index");
    }

    private static JsonNode ok(HttpResponse<String> response) throws IOException {
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static Element view(String user, long pageId) {
        String html = HttpSession.loggedIn(host.baseUrl(), user).get("/pages/viewpage.action?pageId=" + pageId).body();
        Element content = Jsoup.parse(html).selectFirst("#main-content-body");
        assertNotNull(content, html);
        assertTrue(content.select(".conf-macro-error, .pp-error").isEmpty(), content.outerHtml());
        return content;
    }

    /** The meeting log macro in the given layout on a page of HSN's space, as {@code user} sees it. */
    private static Element log(String user, String layout, String extra) {
        long id = host.pageService().create(host.users().byUsername("admin").orElseThrow(), "HSN", null,
                "Möteslogg " + layout + " " + System.nanoTime(),
                "<ac:structured-macro ac:name=\"planprocess-meetings\" ac:schema-version=\"1\">"
                        + "<ac:parameter ac:name=\"cycle\">" + cycle + "</ac:parameter>"
                        + "<ac:parameter ac:name=\"layout\">" + layout + "</ac:parameter>" + extra
                        + "</ac:structured-macro>").getId();
        Element content = view(user, id).selectFirst(".pp-meeting-log");
        assertNotNull(content);
        return content;
    }

    @Test
    @Order(1)
    void thePanel_showsDecisionsAndActions_asText_withFormsForAnEditor_andNoneForAReader() {
        Element records = view("sekreterare.hsn", hsnPage).selectFirst(".pp-meeting-records");
        assertNotNull(records);
        assertEquals(HOSTILE_DECISION, records.selectFirst(".pp-decision-text").text());
        assertEquals(HOSTILE_ACTION, records.select(".pp-action-text").first().text());
        assertTrue(records.select("script, img, b").isEmpty(), records.outerHtml());
        assertEquals("true", records.attr("data-can-edit"));
        assertNotNull(records.selectFirst("form.pp-decision-form"));
        assertEquals(1, records.select("button.pp-action-done").size(), "only the action the secretary owns");

        Element reader = view("lasare", hsnPage).selectFirst(".pp-meeting-records");
        assertEquals(HOSTILE_DECISION, reader.selectFirst(".pp-decision-text").text());
        assertTrue(reader.select("form, button").isEmpty(), reader.outerHtml());
    }

    @Test
    @Order(1)
    void theLog_showsOnlyMeetingsOnPagesTheViewerMaySee_andCountsOnlyThose() {
        Element secretary = log("sekreterare.hsn", "log", "");
        Element finance = log("ekonomi", "log", "");

        assertEquals("Visar 1 möten.", secretary.selectFirst(".pp-help").text());
        assertEquals("Visar 2 möten.", finance.selectFirst(".pp-help").text());
        assertEquals(HOSTILE_TITLE, secretary.selectFirst("tbody th[scope=row]").text());
        assertTrue(secretary.text().contains(HOSTILE_DECISION), secretary.text());
        assertTrue(secretary.text().contains(HOSTILE_ACTION), secretary.text());
        assertTrue(secretary.select("script, img, b").isEmpty(), secretary.outerHtml());
        for (String hidden : new String[] {KRIS_TITLE, KRIS_DECISION, KRIS_ACTION}) {
            assertFalse(secretary.outerHtml().contains(hidden), hidden);
            assertTrue(finance.text().contains(hidden), hidden);
        }
        assertEquals(0, log("sekreterare.hsn", "log", "<ac:parameter ac:name=\"kind\">kickoff</ac:parameter>")
                .select("tbody tr").size(), "filtered by kind");
    }

    @Test
    @Order(1)
    void theActionList_andMine_leaveOutActionsOfHiddenMeetings_evenTheViewersOwn() {
        Element actions = log("sekreterare.hsn", "actions", "");
        assertTrue(actions.selectFirst(".pp-help").text().startsWith("Visar 2 öppna åtgärder, varav "),
                actions.selectFirst(".pp-help").text());
        assertEquals(2, actions.select("tbody tr").size(), actions.outerHtml());
        assertFalse(actions.outerHtml().contains(KRIS_ACTION));
        assertTrue(actions.select("script, img").isEmpty(), actions.outerHtml());

        Element mine = log("sekreterare.hsn", "mine", "");
        assertEquals(1, mine.select("tbody tr").size(), "the secretary owns one action on a page they may see"
                + " (the other they own is in Krisledningsnämnden's space): " + mine.outerHtml());
        assertEquals(HOSTILE_ACTION, mine.selectFirst("tbody th[scope=row]").text());

        Element financeMine = log("ekonomi", "mine", "");
        assertEquals(1, financeMine.select("tbody tr").size(), financeMine.outerHtml());
        assertEquals("Boka lokal", financeMine.selectFirst("tbody th[scope=row]").text());
    }

    @Test
    @Order(2)
    void aHiddenMeetingsRecords_areNotFoundOverRest_andOnlyTheOwnerOrOrganiserMarksDone() throws IOException {
        HttpSession secretary = HttpSession.loggedIn(host.baseUrl(), "sekreterare.hsn");
        assertEquals(404, secretary.get(API + krisPage + "/decisions").statusCode());
        assertEquals(404, secretary.get(API + krisPage + "/actions").statusCode());

        JsonNode actions = ok(secretary.get(API + hsnPage + "/actions"));
        long bokaLokal = -1;
        for (JsonNode action : actions) {
            if (action.get("text").asText().equals("Boka lokal")) {
                bokaLokal = action.get("id").asLong();
                assertFalse(action.get("canMarkDone").asBoolean(), "the secretary neither owns nor organised it");
            }
        }
        HttpResponse<String> notOwner = secretary.post(API + hsnPage + "/actions/" + bokaLokal + "/done",
                "application/json", "{}", JSON_ACCEPT);
        assertEquals(403, notOwner.statusCode(), notOwner.body());
        HttpResponse<String> reader = HttpSession.loggedIn(host.baseUrl(), "lasare").post(
                API + hsnPage + "/actions/" + bokaLokal + "/done", "application/json", "{}", JSON_ACCEPT);
        assertEquals(403, reader.statusCode(), reader.body());

        long own = -1;
        for (JsonNode action : ok(secretary.get(API + hsnPage + "/actions"))) {
            assertFalse(action.get("done").asBoolean(), "refused requests changed nothing");
            if (action.get("text").asText().equals(HOSTILE_ACTION)) {
                own = action.get("id").asLong();
                assertTrue(action.get("canMarkDone").asBoolean());
            }
        }
        JsonNode done = ok(secretary.post(API + hsnPage + "/actions/" + own + "/done", "application/json", "{}",
                JSON_ACCEPT));
        assertTrue(done.get("done").asBoolean());
        assertEquals(409, secretary.post(API + hsnPage + "/actions/" + own + "/done", "application/json", "{}",
                JSON_ACCEPT).statusCode());
        assertEquals(1, log("sekreterare.hsn", "actions", "").select("tbody tr").size(), "a done action is not open");
    }
}
