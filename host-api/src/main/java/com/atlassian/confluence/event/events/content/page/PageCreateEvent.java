package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/** Stand-in: see docs/host-api.md. The constructor is the local host's; the plugin never constructs events. */
public class PageCreateEvent extends PageEvent {
    public PageCreateEvent(Object source, Page page) {
        super(source, page);
    }
}
