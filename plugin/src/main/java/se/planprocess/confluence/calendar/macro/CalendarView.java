package se.planprocess.confluence.calendar.macro;

import java.util.List;

/**
 * What the time plan templates show, as plain text already in the viewer's language and coordinates already written
 * as numbers (SVG user units, one decimal). Typed here; turned into maps only at the Velocity edge
 * ({@link se.planprocess.confluence.macro.VelocityModel}), since templates may call no methods.
 */
public final class CalendarView {
    private CalendarView() {
    }

    /**
     * One line of a picture's text equivalent, in date order: {@code dateIso} for the {@code time} element,
     * {@code date} in words, {@code kind} the CSS modifier (phase, milestone, deadline, meeting, today),
     * {@code kindText} the word for it, {@code text} what happens, {@code url} the page link (empty without one).
     */
    public record TextItem(String dateIso, String date, String kind, String kindText, String text, String url) {
    }

    /** A legend entry: {@code swatch} the CSS modifier of its colour or glyph. */
    public record Legend(String swatch, String text) {
    }

    /** A month on the axis; {@code label} and {@code year} empty when not written (too narrow). */
    public record AxisMonth(String x, String width, String labelX, String label, String year, boolean shaded) {
    }

    /** A phase's bar; {@code clipId} clips its label to the bar. */
    public record Bar(String x, String y, String width, String height, String colour, String clipId, String textX,
                      String textY, String name, String title) {
    }

    /**
     * A mark of the timeline or a badge of the wheel: {@code glyph} is milestone, deadline, meeting or group;
     * {@code count} the number of marks it stands for (a group shows it); {@code title} names them all (tooltip);
     * {@code url} the page of a single mark with one (empty otherwise).
     */
    public record Mark(String x, String y, String labelX, String labelY, String anchor, String label, String glyph,
                       int count, boolean group, String title, String url, String radius) {
    }

    /** A badge's label beside the wheel with its leader line; {@code anchor} is start or end. */
    public record Callout(String x, String y, String anchor, String text, String x1, String y1, String x2,
                          String y2) {
    }

    /** The picture of a cycle as a timeline. */
    public record Timeline(String id, String heading, String title, String desc, String width, String height,
                           List<AxisMonth> months, String axisBottom, List<Bar> bars, List<Mark> marks,
                           List<Mark> meetings, String marksLabelY, String meetingsLabelY, String marksText,
                           String meetingsText, boolean hasMeetings, boolean hasToday, String todayX, String todayTop,
                           String todayBottom, String todayLabelY, String todayLabel, String todayAnchor,
                           List<Legend> legend, String listHeading, List<TextItem> items, List<TextItem> undated,
                           boolean hasUndated, String undatedHeading) {
    }

    /** A month of the wheel. */
    public record WheelMonth(String path, String labelX, String labelY, String label, boolean shaded) {
    }

    /** A phase's sector of the wheel. */
    public record Sector(String path, String colour, String title, String url) {
    }

    /** The picture of a cycle as an annual wheel (årshjul). */
    public record Wheel(String id, String heading, String title, String desc, String size, String centre,
                        String viewBox, String width, String height, List<Callout> callouts,
                        List<WheelMonth> months, List<Sector> phases, List<Mark> marks, List<Mark> meetings,
                        String handX, String handY, String todayLabel, String markRing, String meetingRing,
                        String hub, List<Legend> legend, String listHeading, List<TextItem> items,
                        List<TextItem> undated, boolean hasUndated, String undatedHeading) {
    }

    /** A row of the detailed time plan. */
    public record Row(String dateIso, String date, String what, String detail, String who, String phase, String url,
                      String kind) {
    }

    /** The detailed time plan: a table with its caption and column headings. */
    public record Tidplan(String caption, String dateHeading, String whatHeading, String whoHeading,
                          String phaseHeading, List<Row> rows, boolean hasRows, String none) {
    }
}
