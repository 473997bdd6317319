package se.planprocess.confluence.calendar;

import java.util.List;
import java.util.Objects;

/** A feed: its name (the calendar's name in the calendar program), a description and its events, in date order. */
public record CalendarFeed(String name, String description, List<CalendarEvent> events) {
    public CalendarFeed {
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        events = List.copyOf(events);
    }
}
