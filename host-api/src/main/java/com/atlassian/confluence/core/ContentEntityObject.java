package com.atlassian.confluence.core;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.Labelable;

import java.util.List;
import java.util.function.Supplier;

import se.planprocess.hostapi.NotInConfluence;

/**
 * Stand-in: see docs/host-api.md. The real class sits under AbstractLabelableEntityObject and
 * AbstractVersionedEntityObject; the stand-in flattens those (javac records the receiver type, the JVM resolves
 * up the real hierarchy).
 */
public abstract class ContentEntityObject extends ConfluenceEntityObject implements Labelable {
    private String title;
    private String bodyAsString;
    private Supplier<String> bodySource;
    private int version = 1;
    private boolean deleted;
    private boolean current = true;
    private Supplier<List<Label>> labels = List::of;

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
        if (bodySource != null) {
            bodyAsString = bodySource.get();
            bodySource = null;
        }
        return bodyAsString;
    }

    public void setBodyAsString(String bodyAsString) {
        this.bodyAsString = bodyAsString;
        this.bodySource = null;
    }

    /** Where the local host reads the body from, the first time it is asked for. */
    @NotInConfluence
    public void setBodySource(Supplier<String> source) {
        this.bodyAsString = null;
        this.bodySource = source;
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

    /** Real: {@code AbstractLabelableEntityObject#getLabels()}, from the content's labellings. */
    @Override
    public List<Label> getLabels() {
        return List.copyOf(labels.get());
    }

    /** Where the local host reads this content's labels from, when they are asked for. */
    @NotInConfluence
    public void setLabelSource(Supplier<List<Label>> source) {
        this.labels = source;
    }

    public abstract String getType();

    public abstract String getUrlPath();
}
