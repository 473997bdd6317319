package com.atlassian.confluence.pages;

/** Stand-in: see docs/host-api.md. */
public class Page extends AbstractPage {
    public static final String CONTENT_TYPE = "page";

    private Page parent;

    public Page getParent() {
        return parent;
    }

    public void setParent(Page parent) {
        this.parent = parent;
    }

    @Override
    public String getType() {
        return CONTENT_TYPE;
    }
}
