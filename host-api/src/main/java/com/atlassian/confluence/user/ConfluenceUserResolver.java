package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/** Stand-in: see docs/host-api.md. (Confluence 7.16 and later; {@link UserAccessor} extends it.) */
public interface ConfluenceUserResolver {
    /** The user with this key, or null when there is none. */
    ConfluenceUser getUserByKey(UserKey key);

    /** The user with this user name, or null when there is none. */
    ConfluenceUser getUserByName(String name);
}
