package com.atlassian.confluence.labels;

/** Stand-in: see docs/host-api.md. */
public class Label {
    private final String name;
    private final Namespace namespace;

    public Label(String name) {
        this(name, Namespace.GLOBAL);
    }

    public Label(String name, Namespace namespace) {
        this.name = name;
        this.namespace = namespace;
    }

    public String getName() {
        return name;
    }

    public Namespace getNamespace() {
        return namespace;
    }

    @Override
    public String toString() {
        return name;
    }
}
