package com.atlassian.sal.api.user;

/** Stand-in: see docs/host-api.md. */
public interface UserManager {
    boolean isUserInGroup(UserKey userKey, String group);

    boolean isAdmin(UserKey userKey);

    boolean isSystemAdmin(UserKey userKey);
}
