package com.atlassian.event.api;

/** Stand-in: see docs/host-api.md. */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
