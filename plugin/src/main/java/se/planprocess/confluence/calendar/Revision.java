package se.planprocess.confluence.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * How often an event's dates have changed ({@code sequence}, from 0) and when it last changed ({@code modifiedAt}): the
 * event's {@code SEQUENCE} and {@code LAST-MODIFIED} in the feed.
 */
public record Revision(int sequence, Instant modifiedAt) {
    public Revision {
        Objects.requireNonNull(modifiedAt, "modifiedAt");
    }
}
