package se.planprocess.confluence.calendar;

import java.time.Instant;
import java.util.Objects;

/** A personal feed link as stored: its owner (a Confluence user key) and when it was made; never the secret. */
public record CalendarToken(long id, String ownerKey, Instant createdAt) {
    public CalendarToken {
        Objects.requireNonNull(ownerKey, "ownerKey");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
