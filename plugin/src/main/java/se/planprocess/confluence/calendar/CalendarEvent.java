package se.planprocess.confluence.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One all-day event of the feed: from {@code start} to {@code endExclusive} (the day after the last day, as iCalendar
 * counts an all-day event's end). {@code uid} stays the same while the item exists, whatever its dates or name, so a
 * calendar program updates the event it has instead of adding one. Texts are plain (the writer escapes them).
 * {@code revision} (null until the feed service revises the event) counts the changes of its dates.
 */
public record CalendarEvent(String uid, EventKind kind, String summary, String description, LocalDate start,
                            LocalDate endExclusive, List<String> categories, Revision revision) {
    public CalendarEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(summary, "summary");
        description = description == null ? "" : description;
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(endExclusive, "endExclusive");
        if (!endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("An event ends after it starts");
        }
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** An event not yet revised ({@link #revision} null: SEQUENCE 0, no LAST-MODIFIED). */
    public CalendarEvent(String uid, EventKind kind, String summary, String description, LocalDate start,
                         LocalDate endExclusive, List<String> categories) {
        this(uid, kind, summary, description, start, endExclusive, categories, null);
    }

    /** What counts as a change of the event for its revision: its dates. */
    public String fingerprint() {
        return start + "/" + endExclusive;
    }

    public CalendarEvent withRevision(Revision revision) {
        return new CalendarEvent(uid, kind, summary, description, start, endExclusive, categories, revision);
    }
}
