package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.user.ConfluenceUser;

import java.util.Map;

import se.planprocess.hostapi.NotInConfluence;

/** Stand-in of the public blueprint-created event: see docs/host-api.md. */
public class BlueprintPageCreateEvent extends com.atlassian.confluence.plugins.createcontent.events.BlueprintPageCreateEvent {
    @NotInConfluence
    public BlueprintPageCreateEvent(Object source, Page page, ConfluenceUser creator, Map<String, Object> context) {
        super(source, page, creator, context);
    }
}
