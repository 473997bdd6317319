package se.planprocess.confluence.document;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a document's append-only history. {@code seq} is the document version the change produced; a
 * document has exactly one entry per version.
 */
public record DocumentChange(long documentId, long seq, ChangeType type, String fromValue, String toValue,
                             String sectionKey, String comment, String actorKey, String actorName, Instant at) {
    public DocumentChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(at, "at");
    }

    public static DocumentChange of(ChangeType type, String from, String to, String section, String comment,
                                    Actor actor, Instant at) {
        return new DocumentChange(0, 0, type, from, to, section, comment, actor.key(), actor.displayName(), at);
    }

    public DocumentChange forVersion(long documentId, long seq) {
        return new DocumentChange(documentId, seq, type, fromValue, toValue, sectionKey, comment, actorKey, actorName, at);
    }
}
