package com.atlassian.plugin.util;

/** Run-time shim for the AO ORM outside Confluence. */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
