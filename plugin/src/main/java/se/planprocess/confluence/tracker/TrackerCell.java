package se.planprocess.confluence.tracker;

import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;

import java.time.Instant;
import java.util.Optional;

/**
 * One committee and one deliverable. {@code deadline} is the deadline the cell is measured against: the first one
 * whose required status is not reached, else the last one. {@code daysLate} counts days past a deadline that is
 * still not met; {@code daysLateOnArrival} the days by which a met deadline was met late (from the status history);
 * {@code daysLeft} the days until a deadline still ahead.
 */
public record TrackerCell(Committee committee, DocumentKind kind, CellState state, Optional<TrackedDocument> document,
                          Optional<Milestone> deadline, long daysLate, long daysLateOnArrival, long daysLeft,
                          Optional<Instant> reachedAt) {
    public TrackerCell {
        document = document == null ? Optional.empty() : document;
        deadline = deadline == null ? Optional.empty() : deadline;
        reachedAt = reachedAt == null ? Optional.empty() : reachedAt;
    }

    /** Has the document reached the required status of the column's final deadline? */
    public boolean reachedFinal() {
        return state == CellState.DONE;
    }
}
