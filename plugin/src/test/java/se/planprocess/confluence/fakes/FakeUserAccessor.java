package se.planprocess.confluence.fakes;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Confluence's users in memory: by key and by user name, some deactivated; counts the lookups by key. */
public final class FakeUserAccessor implements UserAccessor {
    private final Map<String, ConfluenceUser> byKey = new LinkedHashMap<>();
    private final Set<String> deactivated = new HashSet<>();
    private final Map<String, Integer> calls = new HashMap<>();

    public FakeUserAccessor with(ConfluenceUser... users) {
        for (ConfluenceUser user : users) {
            byKey.put(user.getKey().getStringValue(), user);
        }
        return this;
    }

    public FakeUserAccessor deactivate(ConfluenceUser user) {
        deactivated.add(user.getKey().getStringValue());
        return this;
    }

    public int calls(String method) {
        return calls.getOrDefault(method, 0);
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        calls.merge("getUserByKey", 1, Integer::sum);
        return key == null ? null : byKey.get(key.getStringValue());
    }

    @Override
    public ConfluenceUser getUserByName(String name) {
        calls.merge("getUserByName", 1, Integer::sum);
        return byKey.values().stream().filter(u -> u.getName().equals(name)).findFirst().orElse(null);
    }

    @Override
    public boolean isDeactivated(User user) {
        return user instanceof ConfluenceUser c && deactivated.contains(c.getKey().getStringValue());
    }
}
