package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.event.events.content.ContentEvent;
import com.atlassian.confluence.pages.Page;

/** Stand-in: see docs/host-api.md. */
public abstract class PageEvent extends ContentEvent {
    private final Page page;

    protected PageEvent(Object source, Page page) {
        super(source);
        this.page = page;
    }

    public Page getPage() {
        return page;
    }
}
