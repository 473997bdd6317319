package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/** Stand-in: see docs/host-api.md. */
public abstract class AbstractPage extends SpaceContentEntityObject {
    /** Context-path-relative; the stand-in always gives the id-based form, which Confluence also accepts. */
    @Override
    public String getUrlPath() {
        return "/pages/viewpage.action?pageId=" + getId();
    }
}
