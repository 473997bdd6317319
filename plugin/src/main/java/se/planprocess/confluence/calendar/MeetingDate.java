package se.planprocess.confluence.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A meeting the feed shows as an all-day event: the extension point for meeting pages. The index does not hold a
 * meeting's date yet, so the feed service passes none; once meeting documents carry their date, the service reads
 * those of the cycle that the owner may see (one query, the pages' view permission in one call) and hands them to
 * {@link CalendarFeeds#build}. {@code key} identifies the meeting within its cycle (its document's id).
 */
public record MeetingDate(String key, long cycleId, Long committeeId, String title, LocalDate date) {
    public MeetingDate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
    }
}
