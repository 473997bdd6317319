package com.atlassian.confluence.user;

import com.atlassian.user.User;

/**
 * Stand-in: see docs/host-api.md. (The real interface extends several more, among them {@code UserExistenceChecker}
 * and {@code GroupResolver}, whose members the plugin never calls.)
 */
public interface UserAccessor extends ConfluenceUserResolver {
    /** True when the user is deactivated: a deactivated user keeps their content but has no access. */
    boolean isDeactivated(User user);
}
