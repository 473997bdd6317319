package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import se.planprocess.hostao.AoTablePrefix;

/** The real built plugin jar ({@code plugin/target}) loaded into the host as Confluence would load it. */
class RealPluginTest {
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
        host = Devhost.start(TestHosts.options(TestHosts.tempDir()).withPluginJar(jar));
    }

    @AfterAll
    static void stop() {
        if (host != null) {
            host.close();
        }
    }

    @Test
    void realPlugin_loads_andItsAoTablesGetTheNamespacePrefix() {
        String prefix = AoTablePrefix.prefixOf(System.getProperty("devhost.aoNamespace", "se.planprocess.confluence"));
        assertFalse(host.database().tablesStartingWith(prefix + "_").isEmpty(), prefix);
        assertEquals("se.planprocess.confluence", host.plugin().descriptor().key());
    }

    @Test
    void realPlugin_restModule_isServedWithConfluencesSecurityDefaults() {
        String base = host.baseUrl();
        assertEquals(200, HttpSession.basic(base, "admin", "demo").get("/rest/planprocess/1.0/admin/cycles").statusCode());
        assertEquals(401, HttpSession.anonymous(base).get("/rest/planprocess/1.0/admin/cycles").statusCode());
        assertEquals(403, HttpSession.basic(base, "admin", "demo")
                .post("/rest/planprocess/1.0/admin/cycles", "text/plain", "{}", Map.of()).statusCode());
    }

    @Test
    void realPlugin_macroRenders_andItsWizardIsInTheCreateDialog() {
        long id = host.pageService().create(host.users().byUsername("admin").orElseThrow(), "HSN", null, "Statussida",
                "<ac:structured-macro ac:name=\"planprocess-status\"/>").getId();
        String html = HttpSession.loggedIn(host.baseUrl(), "admin").get("/pages/viewpage.action?pageId=" + id).body();
        var content = org.jsoup.Jsoup.parse(html).selectFirst("#main-content-body");
        assertTrue(content.select(".conf-macro-error").isEmpty(), content.outerHtml());
        assertFalse(content.html().isBlank(), html);
        assertTrue(html.contains("report-wizard.js"), html);
        String items = HttpSession.basic(host.baseUrl(), "admin", "demo")
                .get("/rest/create-dialog/1.0/blueprints/web-items?spaceKey=HSN").body();
        assertTrue(items.contains("\"itemModuleCompleteKey\":\"se.planprocess.confluence:report-blueprint-item\""), items);
    }
}
