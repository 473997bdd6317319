package com.atlassian.confluence.plugins.createcontent.api.events;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;

import java.util.Map;

import se.planprocess.hostapi.NotInConfluence;

/** Stand-in of the public space-blueprint-created event: see docs/host-api.md. */
public class SpaceBlueprintCreateEvent
        extends com.atlassian.confluence.plugins.createcontent.events.SpaceBlueprintCreateEvent {
    @NotInConfluence
    public SpaceBlueprintCreateEvent(Object source, Space space, ConfluenceUser creator, Map<String, Object> context) {
        super(source, space, creator, context);
    }
}
