package com.atlassian.confluence.labels;

/** Stand-in marker: implemented by ContentEntityObject in Confluence. */
public interface Labelable {
}
