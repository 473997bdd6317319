package com.atlassian.confluence.core;

import com.atlassian.confluence.labels.Labelable;

/**
 * Stand-in: see docs/host-api.md. The real class sits under AbstractLabelableEntityObject and
 * AbstractVersionedEntityObject; the stand-in flattens those (javac records the receiver type, the JVM resolves
 * up the real hierarchy).
 */
public abstract class ContentEntityObject extends ConfluenceEntityObject implements Labelable {
    private String title;
    private String bodyAsString;
    private int version = 1;
    private String contentStatus = "current";

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDisplayTitle() {
        return title;
    }

    public String getBodyAsString() {
        return bodyAsString;
    }

    public void setBodyAsString(String bodyAsString) {
        this.bodyAsString = bodyAsString;
    }

    public String getIdAsString() {
        return String.valueOf(getId());
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    /** As in Confluence: true when the content status is "deleted" (in the trash). */
    public boolean isDeleted() {
        return "deleted".equals(contentStatus);
    }

    /** As in Confluence: true when the content status is "current". */
    public boolean isCurrent() {
        return "current".equals(contentStatus);
    }

    /**
     * Confluence has no setDeleted/setCurrent: the status string ("current", "deleted", "draft") is the state.
     * Local host only; the plugin never changes content status directly.
     */
    public void setContentStatus(String contentStatus) {
        this.contentStatus = contentStatus;
    }

    public abstract String getType();

    public abstract String getUrlPath();
}
