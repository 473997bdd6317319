package com.atlassian.sal.api;

/** Stand-in: see docs/host-api.md. */
public interface ApplicationProperties {
    String getBaseUrl(UrlMode urlMode);
}
