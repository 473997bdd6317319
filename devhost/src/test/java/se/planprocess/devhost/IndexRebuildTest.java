package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.plugin.PluginJarLocator;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

/**
 * The index rebuild through HTTP on the real plugin jar, with the demo region: pages changed straight in the host's
 * store (as while the app was disabled, so no event reaches it) are set right by {@code POST .../admin/index/rebuild},
 * and the tracker JSON shows them as they are; a dry run and a second run change nothing; a secretary and a
 * cross-site form post are refused.
 */
class IndexRebuildTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REBUILD = "/rest/planprocess/1.0/admin/index/rebuild";
    private static final Map<String, String> NO_CHECK = Map.of("X-Atlassian-Token", "no-check");
    private static Devhost host;

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
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void pagesChangedWhileTheAppWasNotListening_areSetRight_andTheTrackerShowsThemAsTheyAre() throws Exception {
        JsonNode before = tracker();
        String cycleKey = before.get("cycle").get("key").asText();
        long run = cell(before, "RUN").get("pageId").asLong();
        long kultur = cell(before, "KULTUR").get("pageId").asLong();
        long tand = cell(before, "TAND").get("pageId").asLong();
        assertFalse(cell(before, "KOLL").has("pageId"), "the demo's committee without a report");
        String runStatus = cell(before, "RUN").get("status").get("key").asText();
        PageStore pages = host.pages();
        String adminKey = host.users().byUsername("admin").orElseThrow().getKey().getStringValue();
        Instant now = Instant.now();
        PageRecord runPage = pages.byId(run).orElseThrow();
        pages.update(run, "Återkopplingsrapport RUN <omdöpt> & \"citerad\"", runPage.body(), runPage.version() + 1,
                adminKey, now);
        pages.setStatus(kultur, PageRecord.TRASHED);
        pages.move(tand, "EKONOMI", null);
        // a report made the way pages were made before the kind label: the app's label, the cycle's, the macro
        long koll = pages.create("KOLL", null, "Återkopplingsrapport KTN", "<p>Rapport</p>"
                + "<ac:structured-macro ac:name=\"planprocess-status\" ac:schema-version=\"1\"/>", adminKey, now);
        pages.addLabel(koll, "planprocess");
        pages.addLabel(koll, cycleKey);
        JsonNode unseen = tracker();
        assertEquals(rowsBut(before, "KULTUR"), rowsBut(unseen, "KULTUR"), "the app saw none of it");
        assertFalse(cell(unseen, "KULTUR").has("pageId"),
                "a page in the trash is never shown, even before the index knows: " + cell(unseen, "KULTUR"));

        JsonNode dry = rebuild("{\"dryRun\": true}");
        assertTrue(dry.get("dryRun").asBoolean());
        assertEquals(unseen.get("rows"), tracker().get("rows"), "a dry run changes nothing");

        JsonNode report = rebuild("{}");
        for (JsonNode answer : new JsonNode[] {dry, report}) {
            JsonNode counts = answer.get("counts");
            assertEquals(1, counts.get("registered").asInt(), answer.toString());
            assertEquals(1, counts.get("renamed").asInt(), answer.toString());
            assertEquals(1, counts.get("trashed").asInt(), answer.toString());
            assertEquals(1, counts.get("moved").asInt(), answer.toString());
            assertEquals(0, counts.get("purged").asInt(), answer.toString());
            assertEquals(4, answer.get("fixed").asInt(), answer.toString());
        }
        assertEquals(koll, group(report, "registered").get("items").get(0).get("pageId").asLong());
        assertTrue(group(report, "renamed").get("items").get(0).get("message").asText()
                .endsWith("heter nu ”Återkopplingsrapport RUN <omdöpt> & \"citerad\"”."), report.toString());

        JsonNode after = tracker();
        assertEquals("Återkopplingsrapport RUN <omdöpt> & \"citerad\"", cell(after, "RUN").get("title").asText());
        assertEquals(runStatus, cell(after, "RUN").get("status").get("key").asText(), "the status is untouched");
        assertFalse(cell(after, "KULTUR").has("pageId"), "the trashed report is hidden: " + cell(after, "KULTUR"));
        assertFalse(cell(after, "TAND").has("pageId"), "the moved report left its committee: " + cell(after, "TAND"));
        assertEquals(koll, cell(after, "KOLL").get("pageId").asLong());
        assertEquals("Återkopplingsrapport KTN", cell(after, "KOLL").get("title").asText());

        JsonNode second = rebuild("{}");
        assertEquals(0, second.get("fixed").asInt(), "a second run right after fixes nothing: " + second);
    }

    @Test
    void aSecretary_isRefused403() {
        HttpResponse<String> answer = HttpSession.basic(host.baseUrl(), "sekreterare.hsn", "demo")
                .post(REBUILD, "application/json", "{}", NO_CHECK);
        assertEquals(403, answer.statusCode(), answer.body());
    }

    @Test
    void aCrossSiteFormPost_isRefused_beforeTheApp() {
        HttpResponse<String> form = HttpSession.basic(host.baseUrl(), "admin", "demo")
                .post(REBUILD, "application/x-www-form-urlencoded", "dryRun=false", Map.of());
        assertEquals(403, form.statusCode(), form.body());
        HttpResponse<String> otherOrigin = HttpSession.basic(host.baseUrl(), "admin", "demo")
                .post(REBUILD, "application/json", "{}", Map.of("Origin", "https://evil.example"));
        assertEquals(403, otherOrigin.statusCode(), otherOrigin.body());
    }

    private static JsonNode rebuild(String body) throws IOException {
        HttpResponse<String> answer = HttpSession.basic(host.baseUrl(), "admin", "demo")
                .post(REBUILD, "application/json", body, NO_CHECK);
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    /** The tracker of the demo's cycle whose process runs this year (the one with this year's reports). */
    private static JsonNode tracker() throws IOException {
        HttpSession admin = HttpSession.basic(host.baseUrl(), "admin", "demo");
        int planYear = LocalDate.now().getYear() + 1;
        String key = null;
        for (JsonNode cycle : JSON.readTree(admin.get("/rest/planprocess/1.0/admin/cycles").body())) {
            if (cycle.get("planYear").asInt() == planYear) {
                key = cycle.get("key").asText();
            }
        }
        HttpResponse<String> answer = admin.get("/rest/planprocess/1.0/tracker?cycle=" + key);
        assertEquals(200, answer.statusCode(), answer.body());
        return JSON.readTree(answer.body());
    }

    /** The feedback report's cell of the committee whose space is {@code spaceKey}. */
    /** The tracker's rows without the committee of this space. */
    private static java.util.List<JsonNode> rowsBut(JsonNode tracker, String spaceKey) {
        java.util.List<JsonNode> rows = new java.util.ArrayList<>();
        tracker.get("rows").forEach(row -> {
            if (!spaceKey.equals(row.get("committee").get("spaceKey").asText())) {
                rows.add(row);
            }
        });
        return rows;
    }

    private static JsonNode cell(JsonNode tracker, String spaceKey) {
        for (JsonNode row : tracker.get("rows")) {
            if (spaceKey.equals(row.get("committee").get("spaceKey").asText())) {
                for (JsonNode cell : row.get("cells")) {
                    if ("feedback-report".equals(cell.get("kind").asText())) {
                        return cell;
                    }
                }
            }
        }
        throw new AssertionError("No feedback report cell for " + spaceKey + " in " + tracker);
    }

    private static JsonNode group(JsonNode report, String type) {
        for (JsonNode group : report.get("findings")) {
            if (type.equals(group.get("type").asText())) {
                return group;
            }
        }
        throw new AssertionError("No findings of type " + type);
    }
}
