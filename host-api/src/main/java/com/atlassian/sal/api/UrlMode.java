package com.atlassian.sal.api;

/** Stand-in: see docs/host-api.md. Only the constants the app uses. */
public enum UrlMode {
    /** The context path only, e.g. {@code /confluence}, or an empty string at the root. */
    RELATIVE,
    /** The configured base URL (scheme, host, port and context path), e.g. {@code https://wiki.example.se/confluence}. */
    CANONICAL
}
