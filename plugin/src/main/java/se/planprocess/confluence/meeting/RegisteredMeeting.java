package se.planprocess.confluence.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * A meeting as the index knows it: the tracked document of its page (kind {@code meeting}), its cycle, its meeting
 * kind's key, day, times, place, phase, committee and organiser (the user key of whoever created the page). Other
 * views list meetings from these rows, never from pages.
 */
public record RegisteredMeeting(long documentId, long cycleId, String kind, LocalDate date, LocalTime start,
                                LocalTime end, String place, String phase, Long committeeId, String organiserKey) {
    public RegisteredMeeting {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(organiserKey, "organiserKey");
    }

    /** The registration of a planned meeting for the document of its page. */
    public static RegisteredMeeting of(long documentId, long cycleId, MeetingPlan plan, String organiserKey) {
        return new RegisteredMeeting(documentId, cycleId, plan.kind().key(), plan.date(), plan.start(), plan.end(),
                plan.place(), plan.phase(), plan.committeeId(), organiserKey);
    }
}
