package se.planprocess.confluence.progress;

import se.planprocess.confluence.document.TrackedDocument;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Milestone;

/**
 * Someone behind a deadline: a committee (or, for a kind of region scope, the region itself: {@code committee}
 * null) whose document has not reached the required status, or that has no document at all ({@code document} null).
 */
public record Lateness(Milestone milestone, Committee committee, TrackedDocument document) {
    public boolean documentMissing() {
        return document == null;
    }

    /** True when the region's own document is behind, not a committee's. */
    public boolean ofTheRegion() {
        return committee == null;
    }
}
