package se.planprocess.confluence.process;

import java.util.Objects;

/** A phase of a process template with its default window; a {@code parallel} one runs beside the others. */
public record PhaseDefinition(String key, Bilingual name, MonthWindow window, boolean parallel) {
    public PhaseDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
    }

    public PhaseDefinition(String key, Bilingual name, MonthWindow window) {
        this(key, name, window, false);
    }
}
