package se.planprocess.confluence.document;

import se.planprocess.confluence.process.DocumentKind;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A Confluence page registered as a process document. {@code committeeId} is null when the page sits in a space
 * that belongs to no committee (unassigned). {@code version} grows with every change and guards against lost
 * updates.
 */
public record TrackedDocument(long id, long pageId, String spaceKey, String title, DocumentKind kind, long cycleId,
                              Long committeeId, String status, Set<String> readySections, long version,
                              State state, String templateVersion, Instant updatedAt, String updatedBy) {
    /** Active documents are on the tracker; trashed ones are hidden but keep their history. */
    public enum State { ACTIVE, TRASHED }

    public TrackedDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(state, "state");
        readySections = readySections == null ? Set.of() : Set.copyOf(readySections);
        title = title == null ? "" : title;
    }

    public boolean isActive() {
        return state == State.ACTIVE;
    }

    public boolean isAssigned() {
        return committeeId != null;
    }

    public TrackedDocument withStatus(String newStatus) {
        return new TrackedDocument(id, pageId, spaceKey, title, kind, cycleId, committeeId, newStatus, readySections,
                version, state, templateVersion, updatedAt, updatedBy);
    }

    public TrackedDocument withReadySections(Set<String> sections) {
        return new TrackedDocument(id, pageId, spaceKey, title, kind, cycleId, committeeId, status, sections,
                version, state, templateVersion, updatedAt, updatedBy);
    }

    public TrackedDocument withTitle(String newTitle) {
        return new TrackedDocument(id, pageId, spaceKey, newTitle, kind, cycleId, committeeId, status, readySections,
                version, state, templateVersion, updatedAt, updatedBy);
    }

    public TrackedDocument withLocation(String newSpaceKey, Long newCommitteeId) {
        return new TrackedDocument(id, pageId, newSpaceKey, title, kind, cycleId, newCommitteeId, status,
                readySections, version, state, templateVersion, updatedAt, updatedBy);
    }

    public TrackedDocument withState(State newState) {
        return new TrackedDocument(id, pageId, spaceKey, title, kind, cycleId, committeeId, status, readySections,
                version, newState, templateVersion, updatedAt, updatedBy);
    }

    /** The same document as stored after a change: next version, who and when. */
    public TrackedDocument changedBy(Actor actor, Instant at) {
        return new TrackedDocument(id, pageId, spaceKey, title, kind, cycleId, committeeId, status, readySections,
                version + 1, state, templateVersion, at, actor.displayName());
    }
}
