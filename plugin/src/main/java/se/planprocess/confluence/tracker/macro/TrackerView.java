package se.planprocess.confluence.tracker.macro;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the tracker template shows, as plain text already in the viewer's language. Typed here; turned into maps
 * only at the Velocity edge ({@link #toModel()}), since templates may call no methods.
 */
public record TrackerView(String caption, String summary, String today, boolean listLayout, List<Column> columns,
                          List<Row> rows, List<String> totals, List<Phase> phases, List<Deadline> nextDeadlines) {

    /** A deliverable: its name and what its deadlines require, e.g. "Inskickad senast 26 september 2024". */
    public record Column(String name, String requirement) {
        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", name);
            map.put("requirement", requirement);
            return map;
        }
    }

    /**
     * One cell: {@code state} is the CSS modifier (done, late, …), {@code stateText} the word for it, {@code status}
     * the document's status (empty without a document), {@code url} the page link (empty without one).
     */
    public record Cell(String column, String state, String stateText, String status, String statusColour, String title,
                       String url, String readiness, String deadline, String note, boolean behind) {
        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("column", column);
            map.put("state", state);
            map.put("stateText", stateText);
            map.put("status", status);
            map.put("statusColour", statusColour);
            map.put("title", title);
            map.put("url", url);
            map.put("readiness", readiness);
            map.put("deadline", deadline);
            map.put("note", note);
            map.put("behind", behind);
            return map;
        }
    }

    public record Row(String committee, boolean behind, List<Cell> cells) {
        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("committee", committee);
            map.put("behind", behind);
            map.put("cells", cells.stream().map(Cell::toMap).toList());
            return map;
        }
    }

    /** A phase of the cycle; {@code start}/{@code width} place it on the bar, in per cent of the cycle's window. */
    public record Phase(String name, String dates, boolean running, int start, int width) {
        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("name", name);
            map.put("dates", dates);
            map.put("running", running);
            map.put("start", start);
            map.put("width", width);
            return map;
        }
    }

    public record Deadline(String date, String name, String requirement, String daysLeft) {
        Map<String, Object> toMap() {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("date", date);
            map.put("name", name);
            map.put("requirement", requirement);
            map.put("daysLeft", daysLeft);
            return map;
        }
    }

    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("caption", caption);
        model.put("summary", summary);
        model.put("today", today);
        model.put("listLayout", listLayout);
        model.put("columns", columns.stream().map(Column::toMap).toList());
        model.put("rows", rows.stream().map(Row::toMap).toList());
        model.put("totals", totals);
        model.put("phases", phases.stream().map(Phase::toMap).toList());
        model.put("nextDeadlines", nextDeadlines.stream().map(Deadline::toMap).toList());
        model.put("hasNextDeadlines", !nextDeadlines.isEmpty());
        return model;
    }
}
