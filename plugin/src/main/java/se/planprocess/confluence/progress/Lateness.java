package se.planprocess.confluence.progress;

import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Milestone;

/**
 * A committee behind a deadline: its document has not reached the required status, or it has no document at all
 * ({@code document} null).
 */
public record Lateness(Milestone milestone, Committee committee, TrackedDocument document) {
    public boolean documentMissing() {
        return document == null;
    }
}
