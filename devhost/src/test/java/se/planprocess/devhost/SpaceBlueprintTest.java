package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.event.api.EventListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.plugin.PluginJarLocator;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

/**
 * The app's space blueprints on the real plugin jar, with the demo region: the Create space dialog's items, a space
 * made through create-content's create-space path (the creator as space admin, {@code SpaceBlueprintCreateEvent}
 * after the space exists and before its home page, the home page from the template with its variables filled), a
 * committee room registered as its committee's in the same step, and refusals that change nothing.
 */
class SpaceBlueprintTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CHECK = "/rest/planprocess/1.0/spaces/check";
    private static final String CREATE = "/rest/create-dialog/1.0/space-blueprint/create-space";
    private static final String ITEMS = "/rest/create-dialog/1.0/space-blueprint/dialog/web-items";
    private static final String COMMITTEES = "/rest/planprocess/1.0/admin/committees";
    private static Devhost host;
    private static final List<String> SEEN = Collections.synchronizedList(new ArrayList<>());

    /** Records what the host had written when the event arrived. */
    public static final class Recorder {
        @EventListener
        public void on(SpaceBlueprintCreateEvent event) {
            String key = event.getSpace().getKey();
            List<PageRecord> pages = host.pages().inSpace(key, PageRecord.CURRENT);
            SEEN.add(key + " pages=" + pages.size() + " home=" + (pages.isEmpty() ? "" : pages.get(0).title())
                    + " body=" + (pages.isEmpty() ? "" : pages.get(0).body()) + " creator=" + event.getCreator().getName()
                    + " blueprint=" + event.getContext().get("planprocessSpaceBlueprint"));
        }
    }

    @BeforeAll
    static void start() throws IOException {
        Path dir = Path.of(System.getProperty("devhost.pluginDir", "../plugin/target"));
        Path jar = PluginJarLocator.newestIn(dir)
                .orElseThrow(() -> new IllegalStateException("No plugin jar in " + dir + ": build the plugin module first"));
        try (JarFile file = new JarFile(jar.toFile())) {
            Assumptions.assumeTrue(Collections.list(file.entries()).stream()
                            .anyMatch(e -> e.getName().startsWith("se/planprocess/confluence/") && e.getName().endsWith(".class")),
                    "The plugin jar has no compiled classes yet");
        }
        host = Devhost.start(TestHosts.options(TestHosts.tempDir()).withPluginJar(jar).withDemo(true));
        host.seedAppDataIfNew();
        host.eventPublisher().register(new Recorder());
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void theDemoRegion_madeItsCommitteeRoomAndProcessSpace_throughTheSpaceBlueprints() throws Exception {
        JsonNode tvn = committee("TVN");
        assertEquals("TAND", tvn.get("spaceKey").asText(), "the committee room is registered as TVN's: " + tvn);
        PageRecord tandHome = home("TAND");
        assertEquals("Tandvårdsnämnden", tandHome.title());
        assertTrue(tandHome.body().contains("<strong>Tandvårdsnämnden</strong>"), tandHome.body());
        assertTrue(tandHome.body().contains("ac:name=\"planprocess-committee\""), tandHome.body());
        PageRecord planHome = home("PLAN");
        assertEquals("Planeringsprocessen", planHome.title());
        assertTrue(planHome.body().contains("ac:name=\"planprocess-tracker\""), planHome.body());
        assertTrue(planHome.body().contains("<a href=\"/confluence/plugins/servlet/planprocess/admin\">"),
                planHome.body());
        String page = ekonomi().get("/display/PLAN").body();
        assertTrue(page.contains("Nästa deadlines"), "the tracker's next deadlines on the process space's home page");
        assertTrue(page.contains("pp-timeline__svg"), "the timeline of the current cycle on the process space's home page");
        assertFalse(page.contains("conf-macro-error"), "every macro of the home page renders");
        assertEquals(200, HttpSession.basic(host.baseUrl(), "sekreterare.hsn", "demo").get("/display/TAND")
                .statusCode(), "the committees see the committee room, as they see the other committee spaces");
    }

    @Test
    void theCreateSpaceDialog_listsBothBlueprints_onlyForPeopleWhoMayCreateSpaces() throws Exception {
        JsonNode items = JSON.readTree(ekonomi().get(ITEMS).body());
        assertEquals(List.of("Planeringsprocess", "Nämndrum"),
                List.of(items.get(0).get("name").asText(), items.get(1).get("name").asText()));
        assertEquals("space", items.get(1).get("createResult").asText());
        assertEquals("committeeSpacePage", items.get(1).at("/wizard/pages/0/id").asText());
        assertEquals(403, HttpSession.basic(host.baseUrl(), "extern", "demo").get(ITEMS).statusCode());
    }

    @Test
    void aCommitteeRoom_forANewCommittee_isCreatedWithItsHomePage_andRegistersTheCommittee() throws Exception {
        Map<String, Object> wizard = committeeRoom("Servicenämnden", "SERV");
        wizard.put("planprocessCommittee", "new");
        wizard.put("planprocessCommitteeName", "Servicenämnden <b>&</b>");
        wizard.put("planprocessCommitteeShortName", "SN");
        assertEquals(200, post(ekonomi(), CHECK, wizard).statusCode(), "the wizard's check passes");
        HttpResponse<String> created = create(ekonomi(), wizard);
        assertEquals(200, created.statusCode(), created.body());
        assertEquals("SERV", JSON.readTree(created.body()).get("key").asText());

        assertTrue(SEEN.contains("SERV pages=1 home=Servicenämnden body= creator=ekonomi blueprint=namndrum"),
                "the event came after the space existed and before its home page: " + SEEN);
        JsonNode committee = committee("SN");
        assertEquals("Servicenämnden <b>&</b>", committee.get("name").asText());
        assertEquals("SERV", committee.get("spaceKey").asText());
        PageRecord home = home("SERV");
        assertEquals("Servicenämnden", home.title());
        assertTrue(home.body().contains("<strong>Servicenämnden &lt;b&gt;&amp;&lt;/b&gt;</strong>"),
                "the committee's name, escaped, in the template's variable: " + home.body());
        assertTrue(home.body().contains("<ac:parameter ac:name=\"committees\">SERV</ac:parameter>"), home.body());
        assertEquals(1, host.pages().inSpace("SERV", PageRecord.CURRENT).size(), "the default home page is gone");
        String view = ekonomi().get("/display/SERV").body();
        assertTrue(view.contains("Nämndens läge: Servicenämnden &lt;b&gt;&amp;&lt;/b&gt;"),
                "the committee summary of the new committee on the home page");
        assertTrue(host.database().queryOne("SELECT COUNT(*) AS N FROM DEVHOST_SPACE_PERMISSION WHERE SPACE_KEY = ?"
                + " AND PERMISSION = 'SETSPACEPERMISSIONS' AND USER_KEY = ?", rs -> rs.getLong("N"), "SERV",
                host.users().byUsername("ekonomi").orElseThrow().getKey().getStringValue()) == 1,
                "the creator is the space's admin");
        assertEquals(404, HttpSession.basic(host.baseUrl(), "sekreterare.hsn", "demo").get("/display/SERV")
                .statusCode(), "nobody else has permissions in a new space yet");
    }

    @Test
    void aCommitteeRoom_forAnExistingCommitteeWithoutASpace_linksIt() throws Exception {
        JsonNode saved = JSON.readTree(HttpSession.basic(host.baseUrl(), "admin", "demo").post(COMMITTEES,
                "application/json", "{\"name\":\"Valnämnden\",\"shortName\":\"VN\"}", Map.of()).body());
        Map<String, Object> wizard = committeeRoom("Valnämnden", "VAL");
        wizard.put("planprocessCommittee", "existing");
        wizard.put("planprocessCommitteeId", saved.get("id").asText());
        assertEquals(200, create(ekonomi(), wizard).statusCode());
        JsonNode committee = committee("VN");
        assertEquals(saved.get("id").asLong(), committee.get("id").asLong(), "the same committee, no second one");
        assertEquals("VAL", committee.get("spaceKey").asText());
    }

    @Test
    void wizardErrors_nameTheField_andNothingIsCreated() throws Exception {
        int spaces = spaceCount();
        int committees = committeeCount();
        Map<String, Object> none = committeeRoom("Nämnd utan val", "NONE");
        assertRefused(none, 400, "planprocessCommittee", "Välj en befintlig nämnd eller ange en ny.");

        Map<String, Object> taken = committeeRoom("Andra HSN", "HSN2");
        taken.put("planprocessCommittee", "existing");
        taken.put("planprocessCommitteeId", committee("HSN").get("id").asText());
        assertRefused(taken, 409, "planprocessCommitteeId",
                "Nämnden har redan ett utrymme (HSN). Välj en nämnd utan utrymme.");

        Map<String, Object> longName = committeeRoom("Lång", "LONG");
        longName.put("planprocessCommittee", "new");
        longName.put("planprocessCommitteeName", "N".repeat(10_000));
        longName.put("planprocessCommitteeShortName", "LN");
        assertRefused(longName, 400, "planprocessCommitteeName", "Högst 200 tecken.");

        Map<String, Object> control = committeeRoom("Styrtecken", "CTRL");
        control.put("planprocessCommittee", "new");
        control.put("planprocessCommitteeName", "Nämnd\u0000\u001b[31m");
        control.put("planprocessCommitteeShortName", "CT");
        assertRefused(control, 400, "planprocessCommitteeName",
                "Texten innehåller otillåtna tecken (radbrytning, tabb eller andra styrtecken).");

        Map<String, Object> keyTaken = committeeRoom("Dubblett", "hsn");
        keyTaken.put("planprocessCommittee", "new");
        keyTaken.put("planprocessCommitteeName", "Dubblettnämnden");
        keyTaken.put("planprocessCommitteeShortName", "DN");
        assertRefused(keyTaken, 409, "spaceKey", "Det finns redan ett utrymme med den nyckeln. Välj en annan.");

        assertEquals(spaces, spaceCount(), "no space");
        assertEquals(committees, committeeCount(), "no committee");
    }

    @Test
    void aSecretary_cannotRegisterACommittee_evenWhenConfluenceLetsHerCreateTheSpace() throws Exception {
        HttpSession secretary = HttpSession.basic(host.baseUrl(), "sekreterare.kultur", "demo");
        int committees = committeeCount();
        Map<String, Object> wizard = committeeRoom("Sekreterarens nämnd", "SEKR");
        wizard.put("planprocessCommittee", "new");
        wizard.put("planprocessCommitteeName", "Sekreterarnämnden");
        wizard.put("planprocessCommitteeShortName", "SKN");
        HttpResponse<String> check = post(secretary, CHECK, wizard);
        assertEquals(403, check.statusCode(), check.body());
        assertEquals("planprocessCommittee", JSON.readTree(check.body()).get("field").asText());
        assertEquals(403, secretary.get("/rest/planprocess/1.0/spaces/committees").statusCode());
        HttpResponse<String> planning = post(secretary, CHECK, Map.of("planprocessSpaceBlueprint", "planeringsprocess",
                "name", "Sekreterarens process", "spaceKey", "KRIS"));
        assertEquals(403, planning.statusCode(), "the planning space is ekonomistaben's, and the answer does not say"
                + " whether a space she may not see has the key: " + planning.body());
        assertEquals("Bara ekonomistaben kan skapa ett utrymme för planeringsprocessen.",
                JSON.readTree(planning.body()).get("message").asText());

        // Past the wizard, straight to create-content: Confluence creates the space (she may create spaces), the app
        // registers nothing.
        assertEquals(200, create(secretary, wizard).statusCode());
        assertEquals(committees, committeeCount(), "no committee registered by a secretary");
        assertFalse(JSON.readTree(ekonomi().get(COMMITTEES).body()).toString().contains("SEKR"));
    }

    @Test
    void theHost_refusesWhatConfluenceRefuses_beforeAnythingIsWritten() throws Exception {
        int spaces = spaceCount();
        String id = JSON.readTree(ekonomi().get(ITEMS).body()).get(0).get("contentBlueprintId").asText();
        Map<String, Object> planning = new LinkedHashMap<>(Map.of("planeringsprocess", "x"));
        assertHostRefusal(ekonomi(), body("bad key!", "Namn", id, planning), "INVALID:SPACE_KEY");
        assertHostRefusal(ekonomi(), body("EKONOMI", "Namn", id, planning), "DUPLICATED:SPACE");
        assertHostRefusal(ekonomi(), body("NOID", "Namn", null, planning), "INVALID:BLUEPRINT");
        assertHostRefusal(ekonomi(), body("UNKNOWN", "Namn", "00000000-0000-0000-0000-000000000000", planning),
                "INVALID:BLUEPRINT");
        assertHostRefusal(ekonomi(), body("NONAME", " ", id, planning), "PARAMETER:MISSING");
        assertHostRefusal(HttpSession.basic(host.baseUrl(), "extern", "demo"), body("EXT", "Extern", id, planning),
                "PERMISSION:USER:CREATE:SPACE");
        assertEquals(spaces, spaceCount());
    }

    private void assertHostRefusal(HttpSession who, Map<String, Object> body, String errorType) throws Exception {
        HttpResponse<String> answer = post(who, CREATE, body);
        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(errorType, JSON.readTree(answer.body()).get("errorType").asText(), answer.body());
    }

    private static Map<String, Object> body(String key, String name, String blueprintId, Map<String, Object> context) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spaceKey", key);
        body.put("name", name);
        body.put("spaceBlueprintId", blueprintId);
        body.put("context", context);
        return body;
    }

    private void assertRefused(Map<String, Object> wizard, int status, String field, String message) throws Exception {
        HttpResponse<String> check = post(ekonomi(), CHECK, wizard);
        assertEquals(status, check.statusCode(), check.body());
        JsonNode answer = JSON.readTree(check.body());
        assertEquals(field, answer.get("field").asText(), check.body());
        assertEquals(message, answer.get("message").asText());
    }

    private static Map<String, Object> committeeRoom(String name, String key) {
        Map<String, Object> wizard = new LinkedHashMap<>();
        wizard.put("planprocessSpaceBlueprint", "namndrum");
        wizard.put("name", name);
        wizard.put("spaceKey", key);
        return wizard;
    }

    private HttpResponse<String> create(HttpSession who, Map<String, Object> wizard) throws Exception {
        JsonNode items = JSON.readTree(ekonomi().get(ITEMS).body());
        String id = null;
        for (JsonNode item : items) {
            if (item.get("itemModuleCompleteKey").asText().endsWith(":committee-space-item")) {
                id = item.get("contentBlueprintId").asText();
            }
        }
        assertNotNull(id);
        return post(who, CREATE, body((String) wizard.get("spaceKey"), (String) wizard.get("name"), id, wizard));
    }

    private static HttpResponse<String> post(HttpSession who, String path, Object body) throws Exception {
        return who.post(path, "application/json", JSON.writeValueAsString(body), Map.of());
    }

    private static HttpSession ekonomi() {
        return HttpSession.basic(host.baseUrl(), "ekonomi", "demo");
    }

    private static JsonNode committee(String shortName) throws Exception {
        for (JsonNode c : JSON.readTree(ekonomi().get(COMMITTEES).body())) {
            if (c.get("shortName").asText().equals(shortName)) {
                return c;
            }
        }
        throw new AssertionError("No committee " + shortName);
    }

    private static int committeeCount() throws Exception {
        return JSON.readTree(ekonomi().get(COMMITTEES).body()).size();
    }

    private static int spaceCount() {
        return host.database().queryOne("SELECT COUNT(*) AS N FROM DEVHOST_SPACE", rs -> rs.getInt("N"));
    }

    private static PageRecord home(String key) {
        List<PageRecord> current = host.pages().inSpace(key, PageRecord.CURRENT);
        Long homeId = host.database().queryOne("SELECT HOME_PAGE_ID FROM DEVHOST_SPACE WHERE SPACE_KEY = ?",
                rs -> rs.getLong("HOME_PAGE_ID"), key);
        return current.stream().filter(p -> p.id() == homeId).findFirst().orElseThrow();
    }
}
