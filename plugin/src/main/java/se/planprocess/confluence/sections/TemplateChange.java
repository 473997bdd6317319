package se.planprocess.confluence.sections;

import se.planprocess.confluence.process.DocumentKind;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One recorded change of a configured template version: the revision it made, when, who (key and the name they had
 * then), what was done and what changed, one line per field ({@code sections[goals].headingSv: a → b}).
 * Append-only.
 */
public record TemplateChange(DocumentKind kind, String version, long revision, Instant at, String actorKey,
                             String actorName, Action action, List<String> details) {
    /** At most this many detail lines are kept; the last one then says how many more there were. */
    public static final int MAX_DETAILS = 60;

    /** What was done. */
    public enum Action {
        CREATED, UPDATED;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public TemplateChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(action, "action");
        details = details == null ? List.of() : List.copyOf(details);
    }

    /** The same change as revision {@code newRevision}. */
    public TemplateChange at(long newRevision) {
        return new TemplateChange(kind, version, newRevision, at, actorKey, actorName, action, details);
    }
}
