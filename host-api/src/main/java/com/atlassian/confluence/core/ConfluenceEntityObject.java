package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.core.bean.EntityObject;

import java.util.function.Supplier;

import se.planprocess.hostapi.NotInConfluence;

/** Stand-in: see docs/host-api.md. */
public class ConfluenceEntityObject extends EntityObject {
    private ConfluenceUser creator;
    private ConfluenceUser lastModifier;
    private Supplier<ConfluenceUser> creatorSource;

    public ConfluenceUser getCreator() {
        if (creatorSource != null) {
            creator = creatorSource.get();
            creatorSource = null;
        }
        return creator;
    }

    public void setCreator(ConfluenceUser creator) {
        this.creator = creator;
        this.creatorSource = null;
    }

    /** Where the local host reads the creator from, the first time it is asked for. */
    @NotInConfluence
    public void setCreatorSource(Supplier<ConfluenceUser> source) {
        this.creator = null;
        this.creatorSource = source;
    }

    public ConfluenceUser getLastModifier() {
        return lastModifier;
    }

    public void setLastModifier(ConfluenceUser lastModifier) {
        this.lastModifier = lastModifier;
    }
}
