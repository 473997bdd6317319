package se.planprocess.confluence.tracker;

import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The whole tracker of one cycle as seen by one viewer on one day; {@code phase}, when present, is the phase whose
 * deliverables it shows.
 */
public record TrackerMatrix(Cycle cycle, LocalDate today, List<Deliverable> deliverables, List<TrackerRow> rows,
                            List<ColumnTotal> totals, Optional<CyclePhase> phase) {
    public TrackerMatrix {
        deliverables = List.copyOf(deliverables);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
        phase = phase == null ? Optional.empty() : phase;
    }

    /** The tracker of the whole cycle. */
    public TrackerMatrix(Cycle cycle, LocalDate today, List<Deliverable> deliverables, List<TrackerRow> rows,
                         List<ColumnTotal> totals) {
        this(cycle, today, deliverables, rows, totals, Optional.empty());
    }

    /** Committees behind at least one passed deadline. */
    public long committeesBehind() {
        return rows.stream().filter(TrackerRow::isBehind).count();
    }
}
