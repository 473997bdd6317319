package se.planprocess.devhost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.plugin.PluginException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Assertions;
import se.planprocess.devhost.support.FixturePluginJar;
import se.planprocess.devhost.support.HttpSession;
import se.planprocess.devhost.support.TestHosts;

/** {@code --clock}: the host replaces the plugin's {@code planprocessClock} bean by a fixed java.time.Clock. */
class ClockOverrideTest {
    private static final Instant DEMO_DAY = Instant.parse("2026-09-01T08:00:00Z");

    private static String now(Devhost host) {
        return HttpSession.basic(host.baseUrl(), "admin", "demo").get("/rest/fixture/1.0/clock").body();
    }

    @Test
    void withClock_theBeansThatTakeAClock_getTheFixedInstant_andNoSystemPropertyIsSet() {
        try (Devhost target = Devhost.start(TestHosts.options(TestHosts.tempDir()).withClock(DEMO_DAY))) {
            assertEquals("{\"now\":\"2026-09-01T08:00:00Z\"}", now(target));
            assertNull(System.getProperty("planprocess.clock"));
        }
    }

    @Test
    void withoutClock_thePluginsOwnClockBeanRuns() {
        String body = now(TestHosts.shared());
        Instant now = Instant.parse(body.replaceAll(".*\"now\":\"([^\"]+)\".*", "$1"));
        assertTrue(Duration.between(now, Instant.now()).abs().toMinutes() < 5, body);
    }

    @Test
    void withClock_aPluginWithoutThatBean_failsToStart_withAClearMessage() {
        // A context file without the bean: the fixture's, with the clock bean renamed.
        java.nio.file.Path jar = FixturePluginJar.withSpringContextEdit(s -> s.replace("id=\"planprocessClock\"",
                "id=\"otherClock\""));
        PluginException e = Assertions.assertThrows(PluginException.class, () -> Devhost.start(
                TestHosts.options(TestHosts.tempDir()).withPluginJar(jar).withClock(DEMO_DAY)).close());
        assertTrue(e.getMessage().contains("'planprocessClock'"), e.getMessage());
    }
}
