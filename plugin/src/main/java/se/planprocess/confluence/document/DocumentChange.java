package se.planprocess.confluence.document;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a document's append-only history. {@code seq} is the document version the change produced; a
 * document has exactly one entry per version. A status change into the status by which every section is meant to be
 * ready, confirmed with sections not ready, records those sections' keys ({@code notReadySections}) and how many
 * sections the document had then ({@code sectionCount}); every other entry has none and 0.
 */
public record DocumentChange(long documentId, long seq, ChangeType type, String fromValue, String toValue,
                             String sectionKey, String comment, String actorKey, String actorName, Instant at,
                             List<String> notReadySections, int sectionCount) {
    public DocumentChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(at, "at");
        notReadySections = notReadySections == null ? List.of() : List.copyOf(notReadySections);
        if (notReadySections.size() > Math.max(sectionCount, 0)) {
            throw new IllegalArgumentException("More sections not ready than sections");
        }
    }

    /** An entry that records no sections. */
    public DocumentChange(long documentId, long seq, ChangeType type, String fromValue, String toValue,
                          String sectionKey, String comment, String actorKey, String actorName, Instant at) {
        this(documentId, seq, type, fromValue, toValue, sectionKey, comment, actorKey, actorName, at, List.of(), 0);
    }

    public static DocumentChange of(ChangeType type, String from, String to, String section, String comment,
                                    Actor actor, Instant at) {
        return new DocumentChange(0, 0, type, from, to, section, comment, actor.key(), actor.displayName(), at);
    }

    /** The same entry, recording that these sections (of {@code sectionCount}) were not ready. */
    public DocumentChange withNotReadySections(List<String> keys, int sectionCount) {
        return new DocumentChange(documentId, seq, type, fromValue, toValue, sectionKey, comment, actorKey, actorName,
                at, keys, sectionCount);
    }

    /** True when the change went ahead with sections not ready. */
    public boolean hadNotReadySections() {
        return !notReadySections.isEmpty();
    }

    public DocumentChange forVersion(long documentId, long seq) {
        return new DocumentChange(documentId, seq, type, fromValue, toValue, sectionKey, comment, actorKey, actorName,
                at, notReadySections, sectionCount);
    }
}
