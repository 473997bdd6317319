package se.planprocess.confluence.process;

import java.util.Objects;

/**
 * A phase of one cycle with its own dates. Phases may overlap (operational plans run beside drafting). Key and names
 * are one line of printable text ({@link UserText}).
 */
public record CyclePhase(String key, Bilingual name, DateRange dates) {
    public static final int MAX_KEY = 60;
    public static final int MAX_NAME = 200;

    public CyclePhase {
        UserText.requireName(key, "key", MAX_KEY);
        Objects.requireNonNull(name, "name");
        UserText.requireName(name.sv(), "nameSv", MAX_NAME);
        UserText.requireName(name.en(), "nameEn", MAX_NAME);
        Objects.requireNonNull(dates, "dates");
    }
}
