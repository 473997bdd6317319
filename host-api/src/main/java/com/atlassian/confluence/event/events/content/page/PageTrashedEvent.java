package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

import se.planprocess.hostapi.NotInConfluence;

/** Stand-in: see docs/host-api.md. The constructor is the local host's; the plugin never constructs events. */
public class PageTrashedEvent extends PageEvent {
    @NotInConfluence
    public PageTrashedEvent(Object source, Page page) {
        super(source, page);
    }
}
