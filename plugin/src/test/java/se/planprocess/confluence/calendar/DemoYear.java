package se.planprocess.confluence.calendar;

import java.time.LocalDate;
import java.util.List;

/** The region's year on the 2024 calendar (seed 000) moved to 2026, as the demo's current cycle has it. */
final class DemoYear {
    private DemoYear() {
    }

    static List<Span> phases() {
        return List.of(
                span("planning-premises", "2026-01-01", "2026-05-14"),
                span("committee-feedback", "2026-05-15", "2026-10-01"),
                span("drafting", "2026-10-02", "2026-10-31"),
                span("decision", "2026-11-01", "2026-11-30"),
                span("operational-plans", "2026-06-01", "2026-12-15"),
                span("activity-plans", "2026-11-01", "2026-12-31"));
    }

    static List<Point> marks() {
        return List.of(
                point("kickoff", "2026-05-14", "Kickoff"),
                point("feedback-due", "2026-09-26", "Återkopplingsrapport RSAU tillhanda"),
                point("steering-dialogues", "2026-10-01", "Styrdialoger"),
                point("council-decision", "2026-11-25", "Regionfullmäktige beslutar regionplan"),
                point("vp-decided", "2026-12-15", "Verksamhetsplan beslutad i nämnd"));
    }

    static Span span(String id, String start, String end) {
        return new Span(id, LocalDate.parse(start), LocalDate.parse(end));
    }

    static Point point(String id, String date, String label) {
        return new Point(id, LocalDate.parse(date), label);
    }
}
