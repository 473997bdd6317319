package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.plugins.createcontent.api.events.BlueprintPageCreateEvent;
import com.atlassian.event.api.EventListener;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

/** The Create dialog's REST path, as create-content's ContentBlueprintResource and BlueprintResource answer it. */
class BlueprintTest {
    static final String CREATE = "/rest/create-dialog/1.0/content-blueprint/create-content";
    static final String WEB_ITEMS = "/rest/create-dialog/1.0/blueprints/web-items?spaceKey=";
    private static final String PLUGIN = "se.planprocess.devhost.fixture";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Devhost target = TestHosts.shared();

    /** Records page events. */
    public static final class Recorder {
        final List<PageEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        public void on(PageEvent event) {
            events.add(event);
        }
    }

    private HttpSession as(String user) {
        return HttpSession.basic(target.baseUrl(), user, "demo");
    }

    private String blueprintId(String user, String space, String item) throws Exception {
        HttpResponse<String> items = as(user).get(WEB_ITEMS + space);
        assertEquals(200, items.statusCode(), items.body());
        for (JsonNode node : JSON.readTree(items.body())) {
            if ((PLUGIN + ":" + item).equals(node.path("itemModuleCompleteKey").asText())) {
                return node.path("contentBlueprintId").asText();
            }
        }
        throw new AssertionError(item + " not in " + items.body());
    }

    private HttpResponse<String> create(String user, String space, String item, Map<String, Object> context)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spaceKey", space);
        body.put("contentBlueprintId", blueprintId("admin", space, item));
        body.put("title", "");
        body.put("parentPageId", "");
        body.put("context", context);
        body.put("somethingConfluenceIgnores", List.of(1, 2));
        return as(user).post(CREATE, "application/json", JSON.writeValueAsString(body), Map.of());
    }

    private HttpResponse<String> report(String user, String space, String name) throws Exception {
        return create(user, space, "fixture-blueprint-item", new LinkedHashMap<>(Map.of("vName", name)));
    }

    @Test
    void webItems_listTheBlankPageAndThePluginsItems_withTheirBlueprintIds() throws Exception {
        JsonNode items = JSON.readTree(as("admin").get(WEB_ITEMS + "RUN").body());
        assertEquals("com.atlassian.confluence.plugins.confluence-create-content-plugin:create-blank-page",
                items.get(0).path("itemModuleCompleteKey").asText());
        JsonNode report = items.get(1);
        assertEquals(PLUGIN + ":fixture-blueprint-item", report.path("itemModuleCompleteKey").asText());
        assertEquals(PLUGIN + ":fixture-blueprint", report.path("blueprintModuleCompleteKey").asText());
        assertEquals("view", report.path("createResult").asText());
        assertEquals("Fixturrapport", report.path("name").asText());
        assertEquals("fixturePage", report.path("wizard").path("pages").get(0).path("id").asText());
        assertTrue(report.path("iconURL").asText().endsWith("/download/resources/" + PLUGIN + ":fixture-blueprint-item/icon"));
        assertEquals(36, report.path("contentBlueprintId").asText().length());
    }

    @Test
    void webItems_needASpaceWhereTheUserMayCreate() {
        HttpResponse<String> none = as("admin").get("/rest/create-dialog/1.0/blueprints/web-items");
        assertEquals(400, none.statusCode());
        assertTrue(none.body().contains("\"errorMessage\":\"Missing 'spaceKey' parameter\""), none.body());
        HttpResponse<String> forbidden = as("lasare").get(WEB_ITEMS + "HSN");
        assertEquals(403, forbidden.statusCode());
        assertTrue(forbidden.body().contains("PERMISSION:USER:CREATE"), forbidden.body());
        assertEquals(400, as("admin").get(WEB_ITEMS + "NOSUCH").statusCode());
    }

    @Test
    void blueprint_createsThePageFromItsTemplate_withLabelAndEvents_andAnswersAPageEntity() throws Exception {
        Recorder recorder = new Recorder();
        target.eventPublisher().register(recorder);
        try {
            HttpResponse<String> r = report("sekreterare.hsn", "HSN", "HSN <2026>");
            assertEquals(200, r.statusCode(), r.body());
            PageRecord page = target.pages().currentByTitle("HSN", "Rapport HSN <2026>").orElseThrow();
            JsonNode entity = JSON.readTree(r.body());
            assertEquals(page.id(), entity.path("pageId").asLong());
            assertEquals("HSN", entity.path("spaceKey").asText());
            assertEquals("Rapport HSN <2026>", entity.path("title").asText());
            assertTrue(entity.path("url").asText().startsWith("http://127.0.0.1:"), r.body());
            assertEquals(entity.path("url").asText(), entity.path("createSuccessRedirectUrl").asText());
            assertTrue(entity.path("indexPage").isNull());
            assertTrue(page.body().contains("<p>Namn: HSN &lt;2026&gt;</p>"), page.body());
            assertTrue(page.body().contains("<h2>Sammanfattning</h2>"), page.body());
            assertTrue(page.body().contains("<p><strong>Klar</strong></p>"), page.body());
            assertFalse(page.body().contains("at:declarations"), page.body());
            assertEquals(List.of("fixturerapport"), target.pages().labels(page.id()));
            assertEquals(List.of("PageCreateEvent", "BlueprintPageCreateEvent"),
                    recorder.events.stream().map(e -> e.getClass().getSimpleName()).toList());
        } finally {
            target.eventPublisher().unregister(recorder);
        }
    }

    @Test
    void providerReturningANewMap_onlyWhatItPutIntoTheIncomingMapReachesTheEvent() throws Exception {
        Recorder recorder = new Recorder();
        target.eventPublisher().register(recorder);
        try {
            HttpResponse<String> r = create("admin", "RUN", "fixture-copy-item",
                    new LinkedHashMap<>(Map.of("vName", "Kopian", "spaceKey", "RUN")));
            assertEquals(200, r.statusCode(), r.body());
            PageRecord page = target.pages().currentByTitle("RUN", "Kopia Kopian").orElseThrow();
            assertTrue(page.body().contains("Mall: from the returned map"), page.body());
            assertTrue(page.body().contains("Sammanhang: from the incoming map"), page.body());
            Map<String, Object> context = ((BlueprintPageCreateEvent) recorder.events.get(1)).getContext();
            assertEquals("from the incoming map", context.get("putIntoIncoming"));
            assertFalse(context.containsKey("copiedOnly"), context.toString());
            assertFalse(context.containsKey("ContentPageTitle"), context.toString());
            // The resolver adds no key of its own: the request context is what the client sent, plus the provider's.
            assertEquals(Map.of("vName", "Kopian", "spaceKey", "RUN", "putIntoIncoming", "from the incoming map"),
                    context);
        } finally {
            target.eventPublisher().unregister(recorder);
        }
    }

    @Test
    void theRequestsTitle_thenTheContextsTitle_overrideContentPageTitle() throws Exception {
        HttpResponse<String> fromContext = create("admin", "RUN", "fixture-blueprint-item",
                new LinkedHashMap<>(Map.of("vName", "Titel", "title", "Titel ur sammanhanget")));
        assertEquals(200, fromContext.statusCode(), fromContext.body());
        assertTrue(target.pages().currentByTitle("RUN", "Titel ur sammanhanget").isPresent());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("spaceKey", "RUN");
        body.put("contentBlueprintId", blueprintId("admin", "RUN", "fixture-blueprint-item"));
        body.put("title", "Titel ur begäran");
        body.put("context", Map.of("vName", "Titel2", "title", "Inte denna"));
        HttpResponse<String> fromRequest = as("admin").post(CREATE, "application/json", JSON.writeValueAsString(body),
                Map.of());
        assertEquals(200, fromRequest.statusCode(), fromRequest.body());
        assertTrue(target.pages().currentByTitle("RUN", "Titel ur begäran").isPresent());
    }

    @Test
    void existingTitle_isCreateContentsDuplicatedTitleError_andCreatesNothing() throws Exception {
        assertEquals(200, report("admin", "RUN", "Dubblett").statusCode());
        int before = target.pages().inSpace("RUN", PageRecord.CURRENT).size();
        HttpResponse<String> second = report("admin", "RUN", "Dubblett");
        assertEquals(400, second.statusCode());
        JsonNode error = JSON.readTree(second.body());
        assertEquals("DUPLICATED:TITLE", error.path("errorType").asText());
        assertEquals("Rapport Dubblett", error.path("errorData").asText());
        assertEquals(400, error.path("errorCode").asInt());
        assertEquals(before, target.pages().inSpace("RUN", PageRecord.CURRENT).size());
    }

    @Test
    void contextProviderException_isA500WithItsMessage_asCreateContentsExceptionMapperAnswers() throws Exception {
        HttpResponse<String> error = report("admin", "RUN", "");
        assertEquals(500, error.statusCode());
        JsonNode bean = JSON.readTree(error.body());
        assertEquals("UNKNOWN", bean.path("errorType").asText());
        assertEquals("Namnet <saknas>", bean.path("errorMessage").asText());
        assertFalse(error.body().contains("at fixture."), error.body());
    }

    @Test
    void withoutCreatePermission_orForAnEditorBlueprint_nothingIsCreated() throws Exception {
        HttpResponse<String> forbidden = report("sekreterare.hsn", "KULTUR", "X");
        assertEquals(400, forbidden.statusCode());
        assertTrue(forbidden.body().contains("PERMISSION:USER:CREATE:PAGE"), forbidden.body());
        HttpResponse<String> editor = create("admin", "RUN", "fixture-edit-item", new LinkedHashMap<>(Map.of("vName", "U")));
        assertEquals(400, editor.statusCode());
        assertTrue(editor.body().contains("INVALID:CREATE_RESULT:BLUEPRINT"), editor.body());
        assertTrue(target.pages().currentByTitle("RUN", "Rapport U").isEmpty());
        assertEquals(403, as("admin").post(CREATE, "text/plain", "{}", Map.of()).statusCode());
        assertEquals(401, HttpSession.anonymous(target.baseUrl()).post(CREATE, "application/json", "{}", Map.of())
                .statusCode());
    }

    @Test
    void malformedBodies_areA400WithAMessage_neverAStackTrace() throws Exception {
        String id = blueprintId("admin", "RUN", "fixture-blueprint-item");
        Map<String, String> bodies = new LinkedHashMap<>();
        bodies.put("null", "bodyEntity");
        bodies.put("", "bodyEntity");
        bodies.put("[1,2]", "JSON-objekt");
        bodies.put("\"text\"", "JSON-objekt");
        bodies.put("{not json", "JSON");
        bodies.put("{\"spaceKey\":\"RUN\",\"contentBlueprintId\":\"" + id + "\"}", "context");
        bodies.put("{\"spaceKey\":\"RUN\",\"contentBlueprintId\":\"x\",\"context\":{}}", "contentBlueprintId");
        bodies.put("{\"spaceKey\":{\"a\":1},\"context\":{}}", "spaceKey");
        bodies.put("{\"spaceKey\":\"RUN\",\"parentPageId\":\"abc\",\"context\":{}}", "parentPageId");
        bodies.put("{\"spaceKey\":\"RUN\",\"contentBlueprintId\":\"" + id + "\",\"title\":\"" + "x".repeat(256)
                + "\",\"context\":{\"vName\":\"lång\"}}", "255");
        bodies.put("{\"spaceKey\":\"RUN\",\"contentBlueprintId\":\"" + id + "\",\"context\":{\"vName\":\""
                + "y".repeat(1_000_000) + "\"}}", "200");
        for (Map.Entry<String, String> body : bodies.entrySet()) {
            HttpResponse<String> r = as("admin").post(CREATE, "application/json", body.getKey(), Map.of());
            String shown = body.getKey().length() > 80 ? body.getKey().substring(0, 80) : body.getKey();
            assertEquals(400, r.statusCode(), shown + " -> " + r.body());
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), shown);
            assertTrue(r.body().contains(body.getValue()), shown + " -> " + r.body());
            assertFalse(r.body().contains("Exception"), shown + " -> " + r.body());
        }
        assertTrue(target.pages().currentByTitle("RUN", "x".repeat(256)).isEmpty());
    }

    @Test
    void aTitleOf256Characters_isRefusedByTheHostsOwnForms_too() {
        HttpSession session = HttpSession.loggedIn(target.baseUrl(), "admin");
        HttpResponse<String> r = session.postForm("/pages/createpage.action", Map.of("atl_token", session.token(),
                "spaceKey", "RUN", "title", "z".repeat(256), "content", "<p>x</p>"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("255"), r.body());
        assertTrue(target.pages().currentByTitle("RUN", "z".repeat(256)).isEmpty());
    }

    @Test
    void aFormOfOneMegabyte_isA400WithAMessage() {
        HttpSession session = HttpSession.loggedIn(target.baseUrl(), "admin");
        HttpResponse<String> r = session.postForm("/pages/createpage.action", Map.of("atl_token", session.token(),
                "spaceKey", "RUN", "title", "Stor", "content", "w".repeat(1_000_000)));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().contains("200"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
        assertNull(target.pages().currentByTitle("RUN", "Stor").orElse(null));
    }
}
