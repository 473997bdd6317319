package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.Page;

import se.planprocess.hostapi.NotInConfluence;

/** Stand-in: see docs/host-api.md. The constructor is the local host's; the plugin never constructs events. */
public class PageUpdateEvent extends PageEvent {
    private final AbstractPage originalPage;

    @NotInConfluence
    public PageUpdateEvent(Object source, Page page, AbstractPage originalPage) {
        super(source, page);
        this.originalPage = originalPage;
    }

    public AbstractPage getOriginalPage() {
        return originalPage;
    }
}
