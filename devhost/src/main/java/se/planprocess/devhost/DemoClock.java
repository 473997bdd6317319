package se.planprocess.devhost;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The app's clock on the local host with {@code --clock}: stopped at the given instant, except while the demo region
 * is seeded, when the host sets it back to the day each demo change is meant to have happened (so a report the demo
 * calls "submitted on time" has the history of one). Host-only: the app itself always runs on the system clock.
 */
public final class DemoClock extends Clock {
    private final Instant now;
    private final AtomicReference<Instant> seeding = new AtomicReference<>();

    public DemoClock(Instant now) {
        this.now = now;
    }

    /** From now until {@link #backToNow()}, the clock says {@code instant} (never later than the demo's now). */
    public void travelTo(Instant instant) {
        seeding.set(instant.isAfter(now) ? now : instant);
    }

    public void backToNow() {
        seeding.set(null);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant set = seeding.get();
        return set != null ? set : now;
    }
}
