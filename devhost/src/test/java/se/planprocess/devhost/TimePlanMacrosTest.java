package se.planprocess.devhost;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.plugin.PluginJarLocator;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The time plan macros of the built plugin jar rendered through the host, on the demo region seeded as
 * {@code Main} seeds it (its cycles through the app's REST API, the styrdialog pages registered by the index rebuild):
 * with no parameter, as a space blueprint's home page has them; on the demo page "Tidplan"; a bad parameter is the
 * macro's own message, not a host error.
 */
class TimePlanMacrosTest {
    private static Devhost host;

    @BeforeAll
    static void start() throws IOException {
        Path dir = Path.of(System.getProperty("devhost.pluginDir", "../plugin/target"));
        Path jar = PluginJarLocator.newestIn(dir)
                .orElseThrow(() -> new IllegalStateException("No plugin jar in " + dir + ": build the plugin module first"));
        try (JarFile file = new JarFile(jar.toFile())) {
            Assumptions.assumeTrue(Collections.list(file.entries()).stream()
                            .anyMatch(e -> e.getName().startsWith("se/planprocess/confluence/calendar/")),
                    "The plugin jar has no time plan classes yet");
        }
        host = Devhost.start(TestHosts.options(TestHosts.tempDir()).withPluginJar(jar)
                .withClock(Instant.parse("2026-11-23T09:00:00Z")));
        host.seedAppDataIfNew();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void withoutParameters_theThreeMacros_renderTheCurrentCycle_asPicturesWithTextAndATable() {
        Element content = render("Tidplan utan parametrar",
                "<ac:structured-macro ac:name=\"planprocess-timeline\"/>"
                        + "<ac:structured-macro ac:name=\"planprocess-arshjul\"/>"
                        + "<ac:structured-macro ac:name=\"planprocess-tidplan\"/>");

        assertTrue(content.select(".conf-macro-error, .pp-error").isEmpty(), content.outerHtml());
        List<Element> pictures = content.select("svg[role=img]");
        assertEquals(2, pictures.size(), content.outerHtml());
        for (Element svg : pictures) {
            String[] labels = svg.attr("aria-labelledby").split(" ");
            assertEquals("title", content.getElementById(labels[0]).tagName());
            assertEquals("desc", content.getElementById(labels[1]).tagName());
        }
        assertEquals(2, content.select("ol.pp-calendar__list").size(), "a text equivalent per picture");
        assertNotNull(content.selectFirst(".pp-tidplan table caption"));
        assertEquals(4, content.select(".pp-tidplan thead th[scope=col]").size());
    }

    @Test
    void theDemoPage_showsThisYearsSteeringDialogues_andTheSeedsCalendars() {
        String html = HttpSession.loggedIn(host.baseUrl(), "ekonomi").get("/display/EKONOMI/Tidplan").body();
        Element content = Jsoup.parse(html).selectFirst("#main-content-body");

        assertTrue(content.select(".conf-macro-error, .pp-error").isEmpty(), content.outerHtml());
        assertEquals(6, content.select("svg[role=img]").size(), "this year: timeline and wheel; the current cycle; 2024: both; 2021: the timeline");
        String text = content.text();
        assertTrue(text.contains("Möte: Styrdialog HSN 2026 (Hälso- och sjukvårdsnämnden)"), text);
        assertTrue(text.contains("1 oktober 2024 · Milstolpe: Styrdialoger"), text);
        assertTrue(text.contains("25 januari 2021 · Milstolpe: CLG dialogmöte"), text);
        assertTrue(html.contains("calendar.css"), "the macros ask for their style sheet");
    }

    @Test
    void aBadParameter_isTheMacrosOwnMessage() {
        Element content = render("Tidplan med fel", "<ac:structured-macro ac:name=\"planprocess-arshjul\">"
                + "<ac:parameter ac:name=\"cycle\">&lt;b&gt;nej&lt;/b&gt;</ac:parameter></ac:structured-macro>");

        assertEquals("Den angivna planperioden finns inte (parametern cycle i makrot Årshjul (Planprocess)).",
                content.select(".pp-error").text());
        assertTrue(content.select("b").isEmpty(), content.outerHtml());
        assertFalse(content.html().contains("Exception"), content.outerHtml());
    }

    private static Element render(String title, String storage) {
        long id = host.pageService().create(host.users().byUsername("ekonomi").orElseThrow(), "EKONOMI", null, title,
                storage).getId();
        String html = HttpSession.loggedIn(host.baseUrl(), "ekonomi").get("/pages/viewpage.action?pageId=" + id)
                .body();
        return Jsoup.parse(html).selectFirst("#main-content-body");
    }
}
