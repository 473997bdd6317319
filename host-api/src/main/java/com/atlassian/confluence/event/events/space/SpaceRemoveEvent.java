package com.atlassian.confluence.event.events.space;

import com.atlassian.confluence.spaces.Space;

import se.planprocess.hostapi.NotInConfluence;

/** Stand-in: see docs/host-api.md. The constructor is the local host's; the plugin never constructs events. */
public class SpaceRemoveEvent extends SpaceEvent {
    @NotInConfluence
    public SpaceRemoveEvent(Object source, Space space) {
        super(source, space);
    }
}
