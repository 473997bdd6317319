package se.planprocess.confluence.host;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The app's clock: the system clock, or a fixed instant when the JVM is started with
 * {@code -Dplanprocess.clock=2026-09-01T08:00:00Z} (for demonstrations and tests on the local host only).
 */
public final class PlanprocessClock extends Clock {
    public static final String FIXED_CLOCK_PROPERTY = "planprocess.clock";

    private final Clock delegate;

    public PlanprocessClock() {
        this(System.getProperty(FIXED_CLOCK_PROPERTY));
    }

    PlanprocessClock(String fixedInstant) {
        this.delegate = fixedInstant == null || fixedInstant.isBlank()
                ? Clock.systemUTC()
                : Clock.fixed(Instant.parse(fixedInstant.trim()), ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return delegate.getZone();
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
