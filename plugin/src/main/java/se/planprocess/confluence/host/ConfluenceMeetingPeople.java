package se.planprocess.confluence.host;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import se.planprocess.confluence.meeting.MeetingPeople;

/**
 * Meetings' people through {@code UserAccessor}: an action's owner by {@code getUserByName} (null for no such user; a
 * deactivated user owns nothing new), names by {@code getUserByKey}, each distinct key asked once.
 */
public final class ConfluenceMeetingPeople implements MeetingPeople {
    private final UserAccessor users;

    public ConfluenceMeetingPeople(UserAccessor users) {
        this.users = users;
    }

    @Override
    public Optional<String> userKeyOf(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        ConfluenceUser user = users.getUserByName(username.strip());
        if (user == null || user.getKey() == null || users.isDeactivated(user)) {
            return Optional.empty();
        }
        return Optional.of(user.getKey().getStringValue());
    }

    @Override
    public Map<String, String> displayNames(Collection<String> userKeys) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String key : new LinkedHashSet<>(userKeys)) {
            if (key == null || key.isBlank()) {
                continue;
            }
            ConfluenceUser user = users.getUserByKey(new UserKey(key));
            if (user != null) {
                String name = user.getFullName();
                names.put(key, name == null || name.isBlank() ? user.getName() : name);
            }
        }
        return names;
    }
}
