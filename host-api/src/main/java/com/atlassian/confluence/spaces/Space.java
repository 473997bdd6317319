package com.atlassian.confluence.spaces;

import com.atlassian.confluence.core.ConfluenceEntityObject;
import com.atlassian.confluence.pages.Page;

/** Stand-in: see docs/host-api.md. */
public class Space extends ConfluenceEntityObject {
    private String key;
    private String name;
    private Page homePage;

    public Space() {
    }

    public Space(String key) {
        this.key = key;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Page getHomePage() {
        return homePage;
    }

    public void setHomePage(Page homePage) {
        this.homePage = homePage;
    }

    public String getUrlPath() {
        return "/display/" + key;
    }
}
