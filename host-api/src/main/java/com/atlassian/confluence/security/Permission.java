package com.atlassian.confluence.security;

import java.io.Serializable;

/**
 * Stand-in: an abstract class with static final instances, as in Confluence. At run time the host's own
 * instances are used; the stand-in's simple named instances let the local host reuse it.
 */
public abstract class Permission implements Serializable {
    public static final Permission VIEW = new Named("VIEW");
    public static final Permission EDIT = new Named("EDIT");
    public static final Permission SET_PERMISSIONS = new Named("SET_PERMISSIONS");
    public static final Permission REMOVE = new Named("REMOVE");
    public static final Permission EXPORT = new Named("EXPORT");
    public static final Permission ADMINISTER = new Named("ADMINISTER");

    @Override
    public String toString() {
        return getClass().getSimpleName();
    }

    private static final class Named extends Permission {
        private final String name;

        private Named(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
