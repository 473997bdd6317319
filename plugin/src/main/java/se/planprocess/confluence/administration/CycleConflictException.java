package se.planprocess.confluence.administration;

import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;

/** A save based on a version of the cycle that someone else has changed since; nothing was written. */
public class CycleConflictException extends DocumentException {
    private final transient CycleChange latest;

    public CycleConflictException(CycleChange latest) {
        super(Problem.CYCLE_CONFLICT, latest == null ? "" : latest.actorName());
        this.latest = latest;
    }

    /** The change that made the current version, when known. */
    public CycleChange latest() {
        return latest;
    }
}
