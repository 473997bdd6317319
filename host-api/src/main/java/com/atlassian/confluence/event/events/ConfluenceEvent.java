package com.atlassian.confluence.event.events;

import java.util.EventObject;

/**
 * Stand-in. In 8.7.2 the superclass is com.atlassian.event.Event; the plugin calls no inherited member, so the
 * stand-in's superclass is irrelevant for linkage (docs/host-api.md).
 */
public abstract class ConfluenceEvent extends EventObject {
    protected ConfluenceEvent(Object source) {
        super(source);
    }
}
