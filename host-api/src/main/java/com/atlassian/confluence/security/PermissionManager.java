package com.atlassian.confluence.security;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.user.User;

import se.planprocess.hostapi.RemovedIn;

import java.util.List;

/**
 * Stand-in: see docs/host-api.md. The {@code ConfluenceUser} overload exists since 8.8; the
 * {@code com.atlassian.user.User} overloads are deprecated defaults from 8.8 and gone in 10.0, so they are in the
 * 9.2 line set only.
 */
public interface PermissionManager {
    boolean hasPermission(ConfluenceUser user, Permission permission, Object target);

    <X> List<X> getPermittedEntities(ConfluenceUser user, Permission permission, List<? extends X> objects);

    @RemovedIn("10.0")
    boolean hasPermission(User user, Permission permission, Object target);

    @RemovedIn("10.0")
    boolean isConfluenceAdministrator(User user);
}
