package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.plugin.PluginJarLocator;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

/** The app's meeting panel rendered by the host from a page, with the built jar, as Confluence renders a macro. */
class MeetingMacroRenderingTest {
    private static Devhost host;

    @BeforeAll
    static void start() throws IOException {
        Path jar = PluginJarLocator.newestIn(Path.of(System.getProperty("devhost.pluginDir", "../plugin/target")))
                .orElseThrow(() -> new IllegalStateException("No plugin jar: build the plugin module first"));
        host = Devhost.start(TestHosts.options(TestHosts.tempDir()).withPluginJar(jar).withDemo(true));
        host.seedAppDataIfNew();
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    private Element panel(String user, String storage) {
        long id = host.pageService().create(host.users().byUsername("admin").orElseThrow(), "HSN", null,
                "Möte " + System.nanoTime(), storage).getId();
        String html = HttpSession.loggedIn(host.baseUrl(), user).get("/pages/viewpage.action?pageId=" + id).body();
        Element content = Jsoup.parse(html).selectFirst("#main-content-body");
        assertNotNull(content, html);
        assertTrue(content.select(".conf-macro-error").isEmpty(), content.outerHtml());
        return content;
    }

    private static String meeting(String parameters, String body) {
        return "<ac:structured-macro ac:name=\"planprocess-meeting\" ac:schema-version=\"1\">" + parameters
                + "<ac:rich-text-body>" + body + "</ac:rich-text-body></ac:structured-macro>";
    }

    private static String parameter(String name, String value) {
        return "<ac:parameter ac:name=\"" + name + "\">" + value + "</ac:parameter>";
    }

    @Test
    void aStyrdialog_showsItsHeader_andTheSixFieldsInsideThePanel() {
        Element content = panel("admin", meeting(parameter("kind", "styrdialog") + parameter("date", "2026-10-01")
                        + parameter("start", "09:00") + parameter("end", "10:30")
                        + parameter("place", "Sal &lt;script&gt;alert(1)&lt;/script&gt;") + parameter("committee", "HSN"),
                "<h3>Deltagare</h3><p>Regionstyrelsen samt nämndens presidium</p><h3>Syfte</h3><p>Dialog</p>"));

        Element section = content.selectFirst("section.pp-meeting");
        assertNotNull(section, content.outerHtml());
        assertEquals("Styrdialog", section.attr("aria-label"));
        assertEquals("2026-10-01", section.selectFirst("time").attr("datetime"));
        assertTrue(section.text().contains("torsdag 1 oktober 2026, 09:00–10:30"), section.text());
        assertTrue(section.text().contains("Sal <script>alert(1)</script>"), section.text());
        assertTrue(section.select("script").isEmpty(), section.outerHtml());
        assertTrue(section.text().contains("Hälso- och sjukvårdsnämnden"), section.text());
        assertEquals(2, section.select(".pp-meeting-fields h3").size(), section.outerHtml());
    }

    @Test
    void anImpossibleDate_isOneMessageInTheReadersLanguage_andNoPanel() {
        Element content = panel("lasare", meeting(parameter("kind", "kickoff") + parameter("date", "2026-02-30"),
                "<p>x</p>"));

        assertTrue(content.select("section.pp-meeting").isEmpty(), content.outerHtml());
        assertEquals("The meeting cannot be shown: The field date must be a date that exists, written YYYY-MM-DD.",
                content.selectFirst(".pp-error").text());
        assertFalse(content.text().contains("Exception"), content.text());
    }
}
