package se.planprocess.confluence.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** Something on one day (a milestone, a deadline, a meeting): an id the caller knows it by, its day, its label. */
public record Point(String id, LocalDate date, String label) {
    public Point {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        label = label == null ? "" : label;
    }
}
