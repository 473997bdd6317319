package se.planprocess.confluence.document;

import java.util.Objects;

/**
 * Who makes a change: the user's key and display name as they were at the time, and whether the user is the
 * process owner (ekonomistaben), who alone may mark reports received. {@link #SYSTEM} is for changes the app
 * makes in answer to Confluence events when no user is known.
 */
public record Actor(String key, String displayName, boolean processOwner) {
    public static final Actor SYSTEM = new Actor("", "Confluence", false);

    public Actor {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
    }
}
