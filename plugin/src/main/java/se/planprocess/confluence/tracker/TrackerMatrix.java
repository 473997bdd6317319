package se.planprocess.confluence.tracker;

import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The whole tracker of one cycle as seen by one viewer on one day; {@code phase}, when present, is the phase whose
 * deliverables it shows. {@code latestChanges} are the status changes of the documents the matrix shows, newest
 * first ({@link LatestChange#NEWEST_FIRST}), at most {@value LatestChange#MAX_LIMIT}.
 */
public record TrackerMatrix(Cycle cycle, LocalDate today, List<Deliverable> deliverables, List<TrackerRow> rows,
                            List<ColumnTotal> totals, Optional<CyclePhase> phase, List<LatestChange> latestChanges) {
    public TrackerMatrix {
        deliverables = List.copyOf(deliverables);
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
        phase = phase == null ? Optional.empty() : phase;
        latestChanges = latestChanges == null ? List.of()
                : latestChanges.stream().sorted(LatestChange.NEWEST_FIRST).limit(LatestChange.MAX_LIMIT).toList();
    }

    /** The tracker of one phase (or, with an empty phase, of the whole cycle) without status changes. */
    public TrackerMatrix(Cycle cycle, LocalDate today, List<Deliverable> deliverables, List<TrackerRow> rows,
                         List<ColumnTotal> totals, Optional<CyclePhase> phase) {
        this(cycle, today, deliverables, rows, totals, phase, List.of());
    }

    /** The tracker of the whole cycle, without status changes. */
    public TrackerMatrix(Cycle cycle, LocalDate today, List<Deliverable> deliverables, List<TrackerRow> rows,
                         List<ColumnTotal> totals) {
        this(cycle, today, deliverables, rows, totals, Optional.empty(), List.of());
    }

    /** Committees behind at least one passed deadline. */
    public long committeesBehind() {
        return rows.stream().filter(TrackerRow::isBehind).count();
    }

    /** The newest {@code limit} status changes (0 to {@value LatestChange#MAX_LIMIT}), newest first. */
    public List<LatestChange> latestChanges(int limit) {
        if (limit < 0 || limit > LatestChange.MAX_LIMIT) {
            throw new IllegalArgumentException("limit " + limit);
        }
        return latestChanges.subList(0, Math.min(limit, latestChanges.size()));
    }
}
