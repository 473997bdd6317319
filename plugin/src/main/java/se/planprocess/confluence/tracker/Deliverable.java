package se.planprocess.confluence.tracker;

import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;

import java.util.List;

/**
 * A column of the matrix: a committee-scoped document kind the cycle has deadlines for, with those deadlines in date
 * order. The last one says what "done" means for the column ({@link #finalDeadline()}).
 */
public record Deliverable(DocumentKind kind, List<Milestone> deadlines) {
    public Deliverable {
        deadlines = List.copyOf(deadlines);
        if (deadlines.isEmpty()) {
            throw new IllegalArgumentException("A deliverable has at least one deadline");
        }
    }

    public Milestone finalDeadline() {
        return deadlines.get(deadlines.size() - 1);
    }
}
