package se.planprocess.confluence.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One meeting as registered: its kind, title, day, times (start and end, or neither; the end after the start), place,
 * the phase of its cycle it belongs to and the committee it is held with. Validated by {@link MeetingPlanner}.
 */
public record MeetingPlan(MeetingKind kind, String title, LocalDate date, LocalTime start, LocalTime end,
                          String place, String phase, Long committeeId) {
    /** Confluence's longest page title. */
    public static final int MAX_TITLE = 255;
    public static final int MAX_PLACE = 200;

    public MeetingPlan {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        if (end != null && (start == null || !end.isAfter(start))) {
            throw new IllegalArgumentException("A meeting ends after it starts");
        }
        if (kind.withCommittee() && committeeId == null) {
            throw new IllegalArgumentException("A " + kind.key() + " is held with a committee");
        }
    }

    public Optional<LocalTime> startTime() {
        return Optional.ofNullable(start);
    }

    public Optional<LocalTime> endTime() {
        return Optional.ofNullable(end);
    }

    public Optional<String> phaseKey() {
        return Optional.ofNullable(phase);
    }
}
