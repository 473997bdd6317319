package se.planprocess.confluence.process;

import java.util.Objects;

/** A phase of one cycle with its own dates. Phases may overlap (operational plans run beside drafting). */
public record CyclePhase(String key, Bilingual name, DateRange dates) {
    public CyclePhase {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dates, "dates");
    }
}
