package se.planprocess.confluence.tracker.macro;

import java.util.List;

/**
 * What the tracker template shows, as plain text already in the viewer's language. Typed here; turned into maps
 * only at the Velocity edge ({@link se.planprocess.confluence.macro.VelocityModel}), since templates may call no
 * methods.
 */
public record TrackerView(String caption, String summary, String today, boolean listLayout, List<Column> columns,
                          List<Row> rows, List<String> totals, List<Phase> phases, List<Deadline> nextDeadlines,
                          int rowCount, boolean hasNextDeadlines, boolean showsChanges, List<Change> latestChanges,
                          boolean hasLatestChanges) {
    public TrackerView {
        nextDeadlines = List.copyOf(nextDeadlines);
        latestChanges = List.copyOf(latestChanges);
    }

    /** A deliverable: its name and what its deadlines require, e.g. "Inskickad senast 26 september 2024". */
    public record Column(String name, String requirement) {
    }

    /**
     * One cell: {@code state} is the CSS modifier (done, late, …), {@code stateText} the word for it, {@code status}
     * the document's status (empty without a document), {@code url} the page link (empty without one).
     * {@code sortKey} orders the column by how far behind a committee is: state severity (missing, late, not started,
     * in progress, done, not required), then days late (for a done cell, days late on arrival); larger is further
     * behind. Scripts sort by it, never by the visible text.
     */
    public record Cell(String column, String state, String stateText, String status, String statusColour, String title,
                       String url, String readiness, String deadline, String note, boolean behind, long sortKey) {
    }

    /**
     * A committee's row; {@code sortIndex} is its place in the server's order (committee name, Swedish collation),
     * from 0, so a script can restore that order without comparing names itself.
     */
    public record Row(String committee, String shortName, boolean behind, List<Cell> cells, int sortIndex) {
    }

    /**
     * A phase of the cycle; {@code start}/{@code width} place it on the bar, in per cent of the cycle's window;
     * {@code chosen} when the tracker shows only this phase's deliverables.
     */
    public record Phase(String name, String dates, boolean running, int start, int width, boolean chosen) {
    }

    public record Deadline(String date, String name, String requirement, String daysLeft) {
    }

    /**
     * A status change, e.g. "2 oktober 2026 14:05 · Kulturnämnden · Återkopplingsrapport …: Under beredning →
     * Behandlad i nämnd · Anna Andersson": {@code at} in the viewer's language and the region's time, {@code atIso}
     * the instant; {@code step} the statuses in words (a step back says so); {@code url} the page link (empty without
     * one); {@code by}, {@code notReady} and {@code comment} empty when the history has none; {@code comment} is
     * shortened to {@value TrackerViews#COMMENT_LENGTH} characters.
     */
    public record Change(String at, String atIso, String committee, String title, String url, String step,
                         boolean back, String by, String notReady, String comment) {
    }
}
