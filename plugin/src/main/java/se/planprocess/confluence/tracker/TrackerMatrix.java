package se.planprocess.confluence.tracker;

import se.planprocess.confluence.process.Cycle;

import java.time.LocalDate;
import java.util.List;

/** The whole tracker of one cycle as seen by one viewer on one day. */
public record TrackerMatrix(Cycle cycle, LocalDate today, List<Deliverable> deliverables, List<TrackerRow> rows,
                            List<ColumnTotal> totals) {
    public TrackerMatrix {
        deliverables = List.copyOf(deliverables);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }

    /** Committees behind at least one passed deadline. */
    public long committeesBehind() {
        return rows.stream().filter(TrackerRow::isBehind).count();
    }
}
