package se.planprocess.confluence.host;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The app's clock: always the system clock. Nothing in the running app can fix or shift it (no system property, no
 * setting), so a stray JVM flag can never freeze the process calendar on a real instance. The app's services take a
 * {@link java.time.Clock}; tests pass a fixed one, and only the local host replaces this bean with its own clock.
 */
public final class PlanprocessClock extends Clock {
    private final Clock delegate = Clock.systemUTC();

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return delegate.withZone(zone);
    }

    @Override
    public Instant instant() {
        return delegate.instant();
    }
}
