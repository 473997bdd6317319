package se.planprocess.confluence.process;

import java.time.MonthDay;
import java.util.Objects;

/**
 * A default milestone of a template: a day relative to the base year, in a phase, optionally requiring that each
 * committee's document of a kind has reached a status by then.
 */
public record MilestoneDefinition(String key, Bilingual name, String phaseKey, int yearOffset, MonthDay day,
                                  DocumentKind documentKind, String requiredStatus) {
    public MilestoneDefinition {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phaseKey, "phaseKey");
        Objects.requireNonNull(day, "day");
        if ((documentKind == null) != (requiredStatus == null)) {
            throw new IllegalArgumentException("A milestone requires both a document kind and a status, or neither");
        }
    }
}
