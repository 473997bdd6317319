package se.planprocess.confluence.document;

import se.planprocess.confluence.process.DocumentKind;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Storage of tracked documents and their history (port; Active Objects implements it). */
public interface DocumentRepository {
    Optional<TrackedDocument> findByPageId(long pageId);

    /** The document of a one-per-committee (or one-per-cycle, committeeId null) kind, active or trashed. */
    Optional<TrackedDocument> findSingleton(DocumentKind kind, long cycleId, Long committeeId);

    /** Active documents of a cycle. */
    List<TrackedDocument> findActiveByCycle(long cycleId);

    /**
     * Active documents of a cycle of one of {@code kinds} (none for no kinds), read without the cycle's other
     * documents: a tracker needs its columns' kinds only, and a cycle holds many more meeting pages than reports.
     */
    List<TrackedDocument> findActiveByCycle(long cycleId, Set<DocumentKind> kinds);

    List<TrackedDocument> findBySpace(String spaceKey);

    /** Up to {@code limit} documents, active or trashed, with an id above {@code afterId}, in id order. */
    List<TrackedDocument> findAfter(long afterId, int limit);

    /**
     * Stores a new document at version 1 with its registration entry.
     *
     * @throws DocumentException {@link Problem#DUPLICATE} when the page or the kind's single slot is taken
     */
    TrackedDocument insert(TrackedDocument document, DocumentChange registration);

    /**
     * Stores {@code updated} (whose version is {@code expectedVersion + 1}) and appends {@code change} as history
     * entry number {@code expectedVersion + 1}, atomically; refuses when the stored version is not
     * {@code expectedVersion}, also under concurrent writers on any cluster node.
     *
     * @throws StaleVersionException when someone else changed the document first
     */
    TrackedDocument update(TrackedDocument updated, long expectedVersion, DocumentChange change);

    List<DocumentChange> history(long documentId);

    Optional<DocumentChange> lastChange(long documentId);

    /** Removes the document and its history. */
    void delete(long documentId);
}
