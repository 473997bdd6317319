package se.planprocess.confluence.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Storage of feed links by the hash of their secret (port). */
public interface CalendarTokenRepository {
    /** Stores a new link; the hash is unique (the database refuses a second row with it). */
    CalendarToken insert(String ownerKey, String secretHash, Instant createdAt);

    Optional<CalendarToken> findByHash(String secretHash);

    /** The owner's links, oldest first. */
    List<CalendarToken> findByOwner(String ownerKey);

    /** Removes the link if it is the owner's; false when there is no such link of this owner. */
    boolean delete(long id, String ownerKey);

    /** Removes all of the owner's links; how many there were. */
    int deleteAllOf(String ownerKey);
}
