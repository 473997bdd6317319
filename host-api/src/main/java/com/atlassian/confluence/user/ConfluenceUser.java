package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.User;

/** Stand-in: see docs/host-api.md. (The real interface also extends RelatableEntity, which the plugin never calls.) */
public interface ConfluenceUser extends User {
    UserKey getKey();
}
