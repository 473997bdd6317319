package se.planprocess.confluence.process;

import java.util.Objects;

/**
 * A phase of one cycle with its own dates. Phases follow each other in order and may overlap at their edges; a phase
 * that runs beside the others (operational plans run beside drafting) is {@code parallel} and is left out of the
 * order. Key and names are one line of printable text ({@link UserText}).
 */
public record CyclePhase(String key, Bilingual name, DateRange dates, boolean parallel) {
    public static final int MAX_KEY = 60;
    public static final int MAX_NAME = 200;

    public CyclePhase {
        UserText.requireName(key, "key", MAX_KEY);
        Objects.requireNonNull(name, "name");
        UserText.requireName(name.sv(), "nameSv", MAX_NAME);
        UserText.requireName(name.en(), "nameEn", MAX_NAME);
        Objects.requireNonNull(dates, "dates");
    }

    /** A phase in the order of the others. */
    public CyclePhase(String key, Bilingual name, DateRange dates) {
        this(key, name, dates, false);
    }
}
