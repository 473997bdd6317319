package com.atlassian.confluence.pages;

import java.util.List;

/**
 * Stand-in: only the members the plugin calls (docs/host-api.md). {@code getAbstractPage} and {@code getPage} have
 * proven 9.x and 10.x linkage; {@code getAbstractPages} is known from the 8.7.2 bytecode only, and the app falls back
 * to {@code getAbstractPage} where a host lacks it.
 */
public interface PageManager {
    AbstractPage getAbstractPage(long id);

    /** The pages and blog posts with these content ids; ids of no such content are left out. */
    List<AbstractPage> getAbstractPages(Iterable<Long> ids);

    Page getPage(String spaceKey, String title);
}
