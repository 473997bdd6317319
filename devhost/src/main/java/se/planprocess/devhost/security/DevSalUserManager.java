package se.planprocess.devhost.security;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;

/** SAL's UserManager over the host's groups. */
public final class DevSalUserManager implements UserManager {
    private final UserDirectory directory;

    public DevSalUserManager(UserDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && group != null && directory.isMember(userKey.getStringValue(), group);
    }
}
