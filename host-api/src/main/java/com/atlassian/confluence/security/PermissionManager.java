package com.atlassian.confluence.security;

import com.atlassian.user.User;

/** Stand-in: see docs/host-api.md. */
public interface PermissionManager {
    boolean hasPermission(User user, Permission permission, Object target);

    boolean isConfluenceAdministrator(User user);
}
