package se.planprocess.confluence.process;

import java.util.Locale;
import java.util.Optional;

/** The kinds of document the process tracks. */
public enum DocumentKind {
    FEEDBACK_REPORT(Bilingual.of("Återkopplingsrapport", "Feedback report"), Cardinality.ONE_PER_COMMITTEE),
    MEETING(Bilingual.of("Mötessida", "Meeting page"), Cardinality.MANY),
    OPERATIONAL_PLAN(Bilingual.of("Verksamhetsplan", "Operational plan"), Cardinality.ONE_PER_COMMITTEE),
    ACTIVITY_PLAN(Bilingual.of("Aktivitetsplan", "Activity plan"), Cardinality.MANY),
    PLANNING_PREMISES(Bilingual.of("Planeringsförutsättningar", "Planning premises"), Cardinality.ONE_PER_CYCLE);

    /** How many documents of a kind a cycle may hold. */
    public enum Cardinality { ONE_PER_COMMITTEE, ONE_PER_CYCLE, MANY }

    private final Bilingual displayName;
    private final Cardinality cardinality;

    DocumentKind(Bilingual displayName, Cardinality cardinality) {
        this.displayName = displayName;
        this.cardinality = cardinality;
    }

    public Bilingual displayName() {
        return displayName;
    }

    public Cardinality cardinality() {
        return cardinality;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DocumentKind> fromKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        for (DocumentKind kind : values()) {
            if (kind.key().equals(key) || kind.name().equals(key)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
