package com.atlassian.confluence.plugins.createcontent.events;

import com.atlassian.confluence.event.events.space.SpaceEvent;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.user.ConfluenceUser;

import java.util.Map;

import se.planprocess.hostapi.NotInConfluence;

/**
 * Stand-in of the deprecated parent of the public space-blueprint event. The real constructor also takes a
 * SpaceBlueprint ({@code …createcontent.impl}), the real class also has {@code getSpaceBlueprint()} and implements
 * {@code Created}; the plugin calls neither and never constructs this event (docs/host-api.md).
 */
public class SpaceBlueprintCreateEvent extends SpaceEvent {
    private final ConfluenceUser creator;
    private final Map<String, Object> context;

    @NotInConfluence
    public SpaceBlueprintCreateEvent(Object source, Space space, ConfluenceUser creator, Map<String, Object> context) {
        super(source, space);
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
