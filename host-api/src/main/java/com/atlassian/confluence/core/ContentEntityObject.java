package com.atlassian.confluence.core;

import com.atlassian.confluence.labels.Labelable;

import se.planprocess.hostapi.NotInConfluence;

/**
 * Stand-in: see docs/host-api.md. The real class sits under AbstractLabelableEntityObject and
 * AbstractVersionedEntityObject; the stand-in flattens those (javac records the receiver type, the JVM resolves
 * up the real hierarchy).
 */
public abstract class ContentEntityObject extends ConfluenceEntityObject implements Labelable {
    private String title;
    private String bodyAsString;
    private int version = 1;
    private boolean deleted;
    private boolean current = true;

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

    public boolean isDeleted() {
        return deleted;
    }

    @NotInConfluence
    public void setDeleted(boolean deleted) {
        this.deleted = deleted;
    }

    public boolean isCurrent() {
        return current;
    }

    @NotInConfluence
    public void setCurrent(boolean current) {
        this.current = current;
    }

    public abstract String getType();

    public abstract String getUrlPath();
}
