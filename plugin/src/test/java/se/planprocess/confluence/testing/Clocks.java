package se.planprocess.confluence.testing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Fixed clocks for tests. The clock's own zone is deliberately UTC: code under test must apply the region's zone
 * (Europe/Stockholm) itself, so a test at 23:30 Swedish summer time (21:30 UTC) proves it does.
 */
public final class Clocks {
    private Clocks() {
    }

    /** A clock stopped at an ISO offset date-time such as {@code 2026-04-16T23:30:00+02:00}. */
    public static Clock fixedAt(String isoOffsetDateTime) {
        return Clock.fixed(OffsetDateTime.parse(isoOffsetDateTime).toInstant(), ZoneOffset.UTC);
    }
}
