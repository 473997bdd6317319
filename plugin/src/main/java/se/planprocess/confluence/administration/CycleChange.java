package se.planprocess.confluence.administration;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One recorded change of a cycle: the version it made, when, who (key and the name they had then), what kind of
 * change and what changed, one line per field ({@code milestones[feedback-due].date: 2026-09-26 → 2026-10-02}).
 * Append-only.
 */
public record CycleChange(long cycleId, long version, Instant at, String actorKey, String actorName, Action action,
                          List<String> details) {
    /** At most this many detail lines are kept; the last one then says how many more there were. */
    public static final int MAX_DETAILS = 60;

    /** What was done. */
    public enum Action {
        CREATED, COPIED, UPDATED, ARCHIVED;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CycleChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(action, "action");
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** The same change for the cycle with this id and this version. */
    public CycleChange of(long id, long newVersion) {
        return new CycleChange(id, newVersion, at, actorKey, actorName, action, details);
    }
}
