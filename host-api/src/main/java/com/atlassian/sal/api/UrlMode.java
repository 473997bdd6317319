package com.atlassian.sal.api;

/** Stand-in: see docs/host-api.md. Only the constant the app uses. */
public enum UrlMode {
    /** The context path only, e.g. {@code /confluence}, or an empty string at the root. */
    RELATIVE
}
