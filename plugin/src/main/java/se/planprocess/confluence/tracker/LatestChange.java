package se.planprocess.confluence.tracker;

import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One status change of a document the tracker shows: when, the committee, the document (as it is now: its current
 * title), the status keys it moved from and to, whether that was a step {@code back}, who made it ({@code by}, empty
 * when the history names no one), the comment (empty without one) and, when the step went ahead with sections not
 * ready, their keys and how many sections the document had then.
 */
public record LatestChange(Instant at, Committee committee, TrackedDocument document, long seq, String fromStatus,
                           String toStatus, boolean back, String by, String comment, List<String> notReadySections,
                           int sectionCount) {
    /** How many changes the tracker lists when nobody says. */
    public static final int DEFAULT_LIMIT = 10;
    /** The most changes the tracker lists (and keeps). */
    public static final int MAX_LIMIT = 50;

    /**
     * Newest first. Changes recorded in the same millisecond (a stopped clock) come by document, the one registered
     * last first, and within a document by its history order, the later first: the order is total and the same on
     * every render.
     */
    public static final Comparator<LatestChange> NEWEST_FIRST = Comparator.comparing(LatestChange::at)
            .thenComparingLong(c -> c.document().id())
            .thenComparingLong(LatestChange::seq)
            .reversed();

    public LatestChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(document, "document");
        fromStatus = fromStatus == null ? "" : fromStatus;
        toStatus = toStatus == null ? "" : toStatus;
        by = by == null ? "" : by.strip();
        comment = comment == null ? "" : comment.strip();
        notReadySections = notReadySections == null ? List.of() : List.copyOf(notReadySections);
    }

    public DocumentKind kind() {
        return document.kind();
    }

    /**
     * How many latest changes to list, as a macro parameter or query parameter named {@code field} gives it: empty
     * means {@value #DEFAULT_LIMIT}; otherwise a whole number from 0 (none, the list is hidden) to
     * {@value #MAX_LIMIT}. Anything else (not a number, a fraction, out of range) is refused.
     */
    public static int limit(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        String value = raw.strip();
        if (!value.matches("[+-]?[0-9]{1,9}")) {
            throw new InvalidValueException(field, InvalidValueException.Rule.OUT_OF_RANGE, 0, MAX_LIMIT);
        }
        int limit = Integer.parseInt(value);
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new InvalidValueException(field, InvalidValueException.Rule.OUT_OF_RANGE, 0, MAX_LIMIT);
        }
        return limit;
    }
}
