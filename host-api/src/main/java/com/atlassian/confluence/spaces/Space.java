package com.atlassian.confluence.spaces;

import com.atlassian.confluence.core.ConfluenceEntityObject;
import com.atlassian.confluence.pages.Page;

import java.util.function.Supplier;

import se.planprocess.hostapi.NotInConfluence;

/** Stand-in: see docs/host-api.md. */
public class Space extends ConfluenceEntityObject {
    private String key;
    private String name;
    private Page homePage;
    private Supplier<Page> homePageSource;

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
        if (homePageSource != null) {
            homePage = homePageSource.get();
            homePageSource = null;
        }
        return homePage;
    }

    public void setHomePage(Page homePage) {
        this.homePage = homePage;
        this.homePageSource = null;
    }

    /** Where the local host reads the home page from, the first time it is asked for. */
    @NotInConfluence
    public void setHomePageSource(Supplier<Page> source) {
        this.homePage = null;
        this.homePageSource = source;
    }

    public String getUrlPath() {
        return "/display/" + key;
    }
}
