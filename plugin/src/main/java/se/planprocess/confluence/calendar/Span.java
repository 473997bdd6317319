package se.planprocess.confluence.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** Something that lasts (a phase): an id the caller knows it by, its first and its last day. */
public record Span(String id, LocalDate start, LocalDate end) {
    public Span {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A span cannot end before it starts");
        }
    }
}
