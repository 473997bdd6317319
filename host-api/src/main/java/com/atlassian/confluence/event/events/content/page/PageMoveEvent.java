package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.spaces.Space;

import se.planprocess.hostapi.NotInConfluence;

/** Stand-in: see docs/host-api.md. The constructor is the local host's; the plugin never constructs events. */
public class PageMoveEvent extends PageEvent {
    private final Space oldSpace;

    @NotInConfluence
    public PageMoveEvent(Object source, Page page, Space oldSpace) {
        super(source, page);
        this.oldSpace = oldSpace;
    }

    public Space getOldSpace() {
        return oldSpace;
    }
}
