package com.atlassian.confluence.event.events.content;

import com.atlassian.confluence.event.events.ConfluenceEvent;

/** Stand-in: see docs/host-api.md. */
public abstract class ContentEvent extends ConfluenceEvent {
    protected ContentEvent(Object source) {
        super(source);
    }
}
