package com.atlassian.confluence.labels;

import java.util.Objects;

/** Stand-in: see docs/host-api.md. A label's namespace, equal by prefix. */
public class Namespace {
    public static final Namespace PERSONAL = new Namespace("my");
    public static final Namespace GLOBAL = new Namespace("global");

    private final String prefix;

    private Namespace(String prefix) {
        this.prefix = prefix;
    }

    /** True for a label everyone sees, the kind the app adds ({@code new Label(name)} is global). */
    public static boolean isGlobal(Label label) {
        return GLOBAL.equals(label.getNamespace());
    }

    public String getPrefix() {
        return prefix;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Namespace namespace && prefix.equals(namespace.prefix);
    }

    @Override
    public int hashCode() {
        return Objects.hash(prefix);
    }

    @Override
    public String toString() {
        return prefix;
    }
}
