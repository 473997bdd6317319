package se.planprocess.confluence.process;

import java.util.Objects;

/** A phase of a process template with its default window. */
public record PhaseDefinition(String key, Bilingual name, MonthWindow window) {
    public PhaseDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
    }
}
