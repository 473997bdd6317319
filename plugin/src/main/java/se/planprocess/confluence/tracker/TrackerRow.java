package se.planprocess.confluence.tracker;

import se.planprocess.confluence.process.Committee;

import java.util.List;

/** One committee: one cell per deliverable, in the order of the matrix's deliverables. */
public record TrackerRow(Committee committee, List<TrackerCell> cells) {
    public TrackerRow {
        cells = List.copyOf(cells);
    }

    public boolean isBehind() {
        return cells.stream().anyMatch(c -> c.state().isBehind());
    }
}
