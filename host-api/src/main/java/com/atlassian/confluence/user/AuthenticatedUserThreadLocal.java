package com.atlassian.confluence.user;

/** Stand-in: a thread-local of the current user, as in Confluence (static methods). */
public class AuthenticatedUserThreadLocal {
    private static final ThreadLocal<ConfluenceUser> CURRENT = new ThreadLocal<>();

    public static ConfluenceUser get() {
        return CURRENT.get();
    }

    public static void set(ConfluenceUser user) {
        CURRENT.set(user);
    }

    public static void reset() {
        CURRENT.remove();
    }

    public static boolean isAnonymousUser() {
        return CURRENT.get() == null;
    }
}
