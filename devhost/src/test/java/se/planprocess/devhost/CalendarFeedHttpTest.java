package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.plugin.PluginJarLocator;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

/**
 * The calendar feed over HTTP on the real plugin jar with the demo region: a secretary makes a link while logged in;
 * the feed is fetched with no session at all (as Outlook does), through the resource's {@code @UnrestrictedAccess},
 * while the same resource's other methods still refuse anonymous requests; a committee whose space the owner may not
 * see (KRIS) is a 404 like an unknown one; a revoked link and a deactivated owner get 404.
 */
class CalendarFeedHttpTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKENS = "/rest/planprocess/1.0/calendar/tokens";
    private static final Map<String, String> JSON_ACCEPT = Map.of("Accept", "application/json");
    /** A DELETE has no body, so Confluence's XSRF check wants the header (as js/calendar.js sends it). */
    private static final Map<String, String> NO_CHECK = Map.of("Accept", "application/json",
            "X-Atlassian-Token", "no-check");
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

    private static JsonNode newLink(HttpSession session) throws IOException {
        HttpResponse<String> made = session.post(TOKENS, "application/json", "{}", JSON_ACCEPT);
        assertEquals(200, made.statusCode(), made.body());
        return JSON.readTree(made.body());
    }

    /** The feed path of a link, below the host's base URL, with a query. */
    private static String feedPath(JsonNode link, String query) {
        String url = link.get("url").asText();
        assertTrue(url.startsWith(host.baseUrl() + "/rest/planprocess/1.0/calendar/feed/"), url);
        assertTrue(url.endsWith(".ics"), url);
        return URI.create(url).getPath().substring("/confluence".length()) + query;
    }

    private static String cycleKey(HttpSession session) throws IOException {
        HttpResponse<String> tracker = session.get("/rest/planprocess/1.0/tracker");
        assertEquals(200, tracker.statusCode(), tracker.body());
        return JSON.readTree(tracker.body()).get("cycle").get("key").asText();
    }

    @Test
    void theFeed_isFetchedWithoutASession_andShowsOnlyWhatItsOwnerMaySee() throws Exception {
        HttpSession secretary = HttpSession.loggedIn(host.baseUrl(), "sekreterare.hsn");
        String cycle = cycleKey(secretary);
        JsonNode link = newLink(secretary);
        HttpSession outlook = HttpSession.anonymous(host.baseUrl());

        HttpResponse<String> feed = outlook.get(feedPath(link, "?cycle=" + cycle));
        assertEquals(200, feed.statusCode(), feed.body());
        assertEquals("text/calendar;charset=UTF-8", feed.headers().firstValue("Content-Type").orElse("")
                .replace(" ", ""));
        String body = feed.body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\n"), body);
        assertTrue(body.endsWith("END:VCALENDAR\r\n"));
        assertTrue(body.contains("\r\nTZID:Europe/Stockholm\r\n"));
        assertTrue(body.contains("\r\nBEGIN:VEVENT\r\n"));
        assertTrue(body.contains("@planprocess.se\r\n"));
        assertFalse(body.replace("\r\n", "").contains("\n"), "only CRLF line ends");

        HttpResponse<String> hsn = outlook.get(feedPath(link, "?cycle=" + cycle + "&committee=HSN"));
        assertEquals(200, hsn.statusCode(), hsn.body());
        assertTrue(hsn.body().replace("\r\n ", "").contains("Hälso- och sjukvårdsnämnden"), hsn.body());

        HttpResponse<String> kris = outlook.get(feedPath(link, "?cycle=" + cycle + "&committee=KRIS"));
        assertEquals(404, kris.statusCode(), kris.body());
        HttpResponse<String> unknown = outlook.get(feedPath(link, "?cycle=" + cycle + "&committee=NOSUCH"));
        assertEquals(404, unknown.statusCode());
        assertEquals(JSON.readTree(unknown.body()).get("message"), JSON.readTree(kris.body()).get("message"),
                "a hidden committee answers as an unknown one");
        assertFalse(kris.body().contains("Kris"), kris.body());

        HttpSession ekonomi = HttpSession.loggedIn(host.baseUrl(), "ekonomi");
        JsonNode ownersLink = newLink(ekonomi);
        HttpResponse<String> krisForEkonomi = outlook.get(feedPath(ownersLink, "?cycle=" + cycle + "&committee=KRIS"));
        assertEquals(200, krisForEkonomi.statusCode(), "ekonomistaben may see KRIS: " + krisForEkonomi.body());
    }

    @Test
    void theResourcesOtherMethods_refuseAnonymousRequests() {
        // a fresh client per request: a refused POST's unread body makes Jetty close the connection
        assertEquals(401, HttpSession.anonymous(host.baseUrl()).get(TOKENS).statusCode());
        assertEquals(401, HttpSession.anonymous(host.baseUrl()).post(TOKENS, "application/json", "{}", JSON_ACCEPT)
                .statusCode());
        assertEquals(401, HttpSession.anonymous(host.baseUrl()).delete(TOKENS + "/1", NO_CHECK).statusCode());
        assertEquals(404, HttpSession.anonymous(host.baseUrl())
                .get("/rest/planprocess/1.0/calendar/feed/" + "A".repeat(43) + ".ics").statusCode());
    }

    @Test
    void aRevokedLink_getsNotFound_andSoDoesADeactivatedOwner() throws Exception {
        HttpSession secretary = HttpSession.loggedIn(host.baseUrl(), "sekreterare.kultur");
        JsonNode link = newLink(secretary);
        String path = feedPath(link, "");
        HttpSession outlook = HttpSession.anonymous(host.baseUrl());
        assertEquals(200, outlook.get(path).statusCode());

        // in a session of its own: Jetty closes the connection of a refused request whose body it did not read
        HttpResponse<String> crossSite = HttpSession.loggedIn(host.baseUrl(), "sekreterare.kultur")
                .post(TOKENS, "text/plain", "{}", JSON_ACCEPT);
        assertEquals(403, crossSite.statusCode(), "a plain-text POST is refused by the XSRF check");
        assertEquals(403, secretary.delete(TOKENS + "/" + link.get("id").asLong(), JSON_ACCEPT).statusCode(),
                "a DELETE without the XSRF header is refused");
        assertEquals(200, outlook.get(path).statusCode());
        HttpResponse<String> revoked = secretary.delete(TOKENS + "/" + link.get("id").asLong(), NO_CHECK);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertEquals(404, outlook.get(path).statusCode());
        HttpResponse<String> again = secretary.delete(TOKENS + "/" + link.get("id").asLong(), NO_CHECK);
        assertEquals(404, again.statusCode(), again.body());

        HttpSession extern = HttpSession.loggedIn(host.baseUrl(), "extern");
        String externPath = feedPath(newLink(extern), "");
        assertEquals(200, outlook.get(externPath).statusCode());
        HttpResponse<String> othersRevoke = secretary.delete(TOKENS + "/"
                + JSON.readTree(extern.get(TOKENS).body()).get(0).get("id").asLong(), NO_CHECK);
        assertEquals(404, othersRevoke.statusCode(), "a user revokes only their own links");
        assertEquals(200, outlook.get(externPath).statusCode());
        host.users().deactivate(host.users().byUsername("extern").orElseThrow().getKey().getStringValue());
        assertEquals(404, outlook.get(externPath).statusCode());
    }
}
