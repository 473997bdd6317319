package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.plugin.PluginException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import se.planprocess.devhost.support.FixturePluginJar;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

/** The plugin sees only the host packages its manifest imports, as an OSGi bundle does. */
class PackageVisibilityTest {
    private static final String EVENTS = "com.atlassian.confluence.plugins.createcontent.api.events";

    private static String listener(Devhost host) {
        return HttpSession.basic(host.baseUrl(), "admin", "demo").get("/rest/fixture/1.0/blueprint-listener").body();
    }

    private static PluginException startFails(Path jar, String... hidden) {
        var options = TestHosts.options(TestHosts.tempDir()).withPluginJar(jar);
        for (String p : hidden) {
            options = options.withHiddenPackage(p);
        }
        var finalOptions = options;
        return assertThrows(PluginException.class, () -> Devhost.start(finalOptions).close());
    }

    @Test
    void anImportedPackage_isWired_andTheOptionalBlueprintListenerIsActive() {
        String body = listener(TestHosts.shared());
        assertTrue(body.contains("\"active\":true"), body);
    }

    @Test
    void anOptionalImportOfAHiddenPackage_letsTheBundleStart_butClassesThatNeedItDoNotLoad() {
        try (Devhost target = Devhost.start(TestHosts.options(TestHosts.tempDir()).withHiddenPackage(EVENTS))) {
            String body = listener(target);
            assertTrue(body.contains("\"active\":false"), body);
            assertTrue(body.contains("NoClassDefFoundError"), body);
            assertTrue(body.contains("BlueprintPageCreateEvent"), body);
            assertEquals(200, HttpSession.basic(target.baseUrl(), "admin", "demo").get("/rest/fixture/1.0/whoami")
                    .statusCode());
            assertThrows(NoClassDefFoundError.class, () -> Class.forName("fixture.BlueprintLog", true,
                    target.plugin().classLoader()).getDeclaredMethods());
        }
    }

    @Test
    void aMandatoryImportOfAHiddenPackage_failsTheStart_likeAnUnresolvedBundle() {
        Path jar = FixturePluginJar.withImportPackage(FixturePluginJar.importPackage()
                .replace(EVENTS + ";resolution:=optional", EVENTS));
        PluginException e = startFails(jar, EVENTS);
        assertTrue(e.getMessage().startsWith("Unable to resolve se.planprocess.devhost.fixture [1.0]: missing requirement"),
                e.getMessage());
        assertTrue(e.getMessage().contains("osgi.wiring.package=" + EVENTS), e.getMessage());
    }

    @Test
    void importingAPackageTheHostDoesNotExport_failsTheStart() {
        PluginException e = startFails(FixturePluginJar.withImportPackage(FixturePluginJar.importPackage()
                + ",org.eclipse.jetty.server"));
        assertTrue(e.getMessage().contains("osgi.wiring.package=org.eclipse.jetty.server"), e.getMessage());
    }

    @Test
    void aHostPackageThePluginDoesNotImport_isNotVisible_andTheStartFailsNamingIt() {
        String imports = FixturePluginJar.importPackage().replace("com.atlassian.event.api,", "");
        assertFalse(imports.contains("com.atlassian.event.api"), imports);
        PluginException e = startFails(FixturePluginJar.withImportPackage(imports));
        assertTrue(e.getMessage().contains("com/atlassian/event/api") || e.getMessage().contains("com.atlassian.event.api"),
                e.getMessage());
    }

    @Test
    void aJarWithoutABundleManifest_isRefused() {
        PluginException e = startFails(FixturePluginJar.withoutManifest());
        assertTrue(e.getMessage().contains("not an OSGi bundle"), e.getMessage());
    }
}
