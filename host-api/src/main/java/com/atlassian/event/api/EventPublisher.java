package com.atlassian.event.api;

/** Stand-in: see docs/host-api.md. */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
