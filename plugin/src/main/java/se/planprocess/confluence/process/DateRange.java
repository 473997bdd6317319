package se.planprocess.confluence.process;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of days: both ends included. */
public record DateRange(LocalDate start, LocalDate end) {
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A range cannot end (" + end + ") before it starts (" + start + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
