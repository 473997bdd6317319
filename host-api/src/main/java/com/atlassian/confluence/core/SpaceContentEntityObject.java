package com.atlassian.confluence.core;

import com.atlassian.confluence.spaces.Space;

/** Stand-in: see docs/host-api.md. */
public abstract class SpaceContentEntityObject extends ContentEntityObject {
    private Space space;

    public Space getSpace() {
        return space;
    }

    public void setSpace(Space space) {
        this.space = space;
    }

    public String getSpaceKey() {
        return space == null ? null : space.getKey();
    }
}
