package com.atlassian.confluence.pages;

/**
 * Stand-in: only the members the plugin calls, both with proven 9.x and 10.x linkage (docs/host-api.md).
 */
public interface PageManager {
    AbstractPage getAbstractPage(long id);

    Page getPage(String spaceKey, String title);
}
