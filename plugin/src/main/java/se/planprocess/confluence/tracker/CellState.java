package se.planprocess.confluence.tracker;

/** Where one committee stands with one deliverable. */
public enum CellState {
    /** The required status of every deadline so far is reached (on time or late: see the cell's arrival). */
    DONE,
    /** A document exists and its next deadline is still ahead (or today). */
    IN_PROGRESS,
    /** A deadline has passed and the document has not reached its required status. */
    LATE,
    /** No document, and a deadline has passed: counts as late. */
    MISSING,
    /** No document yet, and no deadline has passed. */
    NOT_STARTED,
    /** None of the column's deadlines applies to this committee. */
    NOT_REQUIRED;

    /** Late or missing: behind a passed deadline. */
    public boolean isBehind() {
        return this == LATE || this == MISSING;
    }
}
