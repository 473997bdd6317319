package se.planprocess.confluence.calendar;

import java.time.Instant;
import java.util.Map;

/**
 * The revisions of the feed's events, shared by every feed and every cluster node (port; Active Objects implements
 * it). An event is known by its UID; its fingerprint is what counts as a change (its dates).
 */
public interface EventRevisions {
    /**
     * The revision of each event: a new UID starts at sequence 0, modified {@code now}; a UID whose fingerprint differs
     * from the stored one goes one sequence up, modified {@code now}; an unchanged one keeps its revision. Answers every
     * UID given, in a number of statements that does not grow with one per event.
     */
    Map<String, Revision> revise(Map<String, String> fingerprints, Instant now);
}
