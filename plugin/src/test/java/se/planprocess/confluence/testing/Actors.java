package se.planprocess.confluence.testing;

import se.planprocess.confluence.document.Actor;

/** People who change documents in tests. */
public final class Actors {
    private Actors() {
    }

    /** A committee secretary: edits the committee's report, is not the process owner. */
    public static Actor anEditor() {
        return new Actor("anna", "Anna Andersson", false);
    }

    /** Someone in ekonomistaben, the process owner. */
    public static Actor aProcessOwner() {
        return new Actor("erik", "Erik Ekonom", true);
    }

    public static Actor anEditorNamed(String key, String displayName) {
        return new Actor(key, displayName, false);
    }
}
