package se.planprocess.confluence.host;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A stray JVM flag must not freeze the app's clock on a real instance: only the local host may set the clock. */
class PlanprocessClockTest {
    private static final String OLD_FLAG = "planprocess.clock";

    @Test
    void aFixedClockFlagOnTheJvm_isIgnored_theClockIsTheSystemClock() {
        String before = System.getProperty(OLD_FLAG);
        System.setProperty(OLD_FLAG, "2001-01-01T00:00:00Z");
        try {
            PlanprocessClock target = new PlanprocessClock();
            Instant now = Instant.now();
            Duration apart = Duration.between(target.instant(), now).abs();
            assertTrue(apart.compareTo(Duration.ofMinutes(1)) < 0, "the clock says " + target.instant());
        } finally {
            if (before == null) {
                System.clearProperty(OLD_FLAG);
            } else {
                System.setProperty(OLD_FLAG, before);
            }
        }
    }
}
