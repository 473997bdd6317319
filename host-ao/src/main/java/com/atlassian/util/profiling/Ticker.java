package com.atlassian.util.profiling;

/** Run-time shim for the AO ORM outside Confluence (AO calls it; the plugin never does). */
public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
