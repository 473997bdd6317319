package se.planprocess.devhost.security;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/**
 * Confluence's UserAccessor as far as the app uses it: a user by key (null when there is none, as
 * {@code ConfluenceUserResolver#getUserByKey} answers for a removed user) and whether a user is deactivated. The host's
 * directory deactivates a user by the group {@value #DEACTIVATED} (a deactivated user cannot log in either), so a
 * test can deactivate the owner of a feed link.
 */
public final class DevUserAccessor implements UserAccessor {
    /** Members are deactivated: they cannot log in, and {@link #isDeactivated} answers true. */
    public static final String DEACTIVATED = UserDirectory.DEACTIVATED;

    private final UserDirectory directory;

    public DevUserAccessor(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public ConfluenceUser getUserByKey(UserKey key) {
        return key == null ? null : directory.byKey(key.getStringValue()).orElse(null);
    }

    /** The user with this user name, null when there is none (as {@code ConfluenceUserResolver#getUserByName}). */
    @Override
    public ConfluenceUser getUserByName(String name) {
        return name == null ? null : directory.byUsername(name).orElse(null);
    }

    @Override
    public boolean isDeactivated(User user) {
        return user instanceof ConfluenceUser confluenceUser
                && directory.isMember(confluenceUser.getKey().getStringValue(), DEACTIVATED);
    }
}
