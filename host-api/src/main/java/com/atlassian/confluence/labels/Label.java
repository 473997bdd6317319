package com.atlassian.confluence.labels;

/** Stand-in: see docs/host-api.md. */
public class Label {
    private final String name;

    public Label(String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
