package com.atlassian.confluence.labels;

/**
 * Stand-in: see docs/host-api.md. A label's namespace; space categories are labels in {@link #TEAM}. Equal by prefix,
 * as in Confluence.
 */
public class Namespace {
    public static final Namespace GLOBAL = new Namespace("global");
    public static final Namespace TEAM = new Namespace("team");

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
    public boolean equals(Object o) {
        return o instanceof Namespace other && other.prefix.equals(prefix);
    }

    @Override
    public int hashCode() {
        return prefix.hashCode();
    }

    @Override
    public String toString() {
        return prefix;
    }
}
