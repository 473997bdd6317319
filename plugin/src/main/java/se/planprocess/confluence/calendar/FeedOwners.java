package se.planprocess.confluence.calendar;

import se.planprocess.confluence.tracker.TrackerViewer;

import java.util.Optional;

/** The owners of feed links as viewers (port; Confluence's users and permissions implement it). */
public interface FeedOwners {
    /**
     * What the user with this key may see now; empty when there is no such user or the user is deactivated. Asked at
     * every fetch of a feed, so a changed permission or a deactivation counts from the next fetch on.
     */
    Optional<TrackerViewer> viewer(String userKey);
}
