package se.planprocess.devhost.security;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

/**
 * SAL's UserManager over the host's groups. Confluence answers {@code isAdmin} with ADMINISTER on the application
 * and {@code isSystemAdmin} with ADMINISTER on the system ({@code ConfluenceUserManager}); the host has no global
 * permissions apart from the {@code confluence-administrators} group, so both mean membership in it, as
 * {@link DevPermissionManager#isConfluenceAdministrator} does.
 */
public final class DevSalUserManager implements UserManager {
    private final UserDirectory directory;

    public DevSalUserManager(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && group != null && directory.isMember(userKey.getStringValue(), group);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && directory.isMember(userKey.getStringValue(), UserDirectory.ADMINISTRATORS);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return isAdmin(userKey);
    }
}
