package se.planprocess.confluence.meeting;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The people of the host as meetings need them: an action's owner by user name, and names to show for user keys. */
public interface MeetingPeople {
    /** The user key of the active user with this user name; empty when there is none. */
    Optional<String> userKeyOf(String username);

    /** The display names of these user keys (a key without a user is left out); one answer for all of them. */
    Map<String, String> displayNames(Collection<String> userKeys);
}
