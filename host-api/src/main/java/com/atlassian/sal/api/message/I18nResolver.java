package com.atlassian.sal.api.message;

import java.io.Serializable;

/** Stand-in: see docs/host-api.md. Resolves for the current user's locale. */
public interface I18nResolver {
    String getText(String key);

    String getText(String key, Serializable... arguments);
}
