package com.atlassian.confluence.plugins.createcontent.events;

import com.atlassian.confluence.event.events.content.page.PageEvent;
import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;

import java.util.Map;

import se.planprocess.hostapi.NotInConfluence;

/**
 * Stand-in of the deprecated parent of the public event class. The real constructor also takes a
 * ContentBlueprint; the plugin never constructs this event (docs/host-api.md).
 */
public class BlueprintPageCreateEvent extends PageEvent {
    private final ConfluenceUser creator;
    private final Map<String, Object> context;

    @NotInConfluence
    public BlueprintPageCreateEvent(Object source, Page page, ConfluenceUser creator, Map<String, Object> context) {
        super(source, page);
        this.creator = creator;
        this.context = context;
    }

    public Map<String, Object> getContext() {
        return context;
    }

    public ConfluenceUser getCreator() {
        return creator;
    }
}
