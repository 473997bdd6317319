package se.planprocess.confluence.process;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A deadline or meeting date of one cycle. When {@code documentKind} is set, every committee in scope must have its
 * document of that kind at {@code requiredStatus} or later by the end of {@code date}. An empty
 * {@code committeeIds} means all committees.
 */
public record Milestone(String key, Bilingual name, LocalDate date, String phaseKey, Set<Long> committeeIds,
                        DocumentKind documentKind, String requiredStatus) {
    public Milestone {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(phaseKey, "phaseKey");
        committeeIds = committeeIds == null ? Set.of() : Set.copyOf(committeeIds);
        if ((documentKind == null) != (requiredStatus == null)) {
            throw new IllegalArgumentException("A milestone requires both a document kind and a status, or neither");
        }
    }

    public boolean isDeadline() {
        return documentKind != null;
    }

    public boolean appliesTo(long committeeId) {
        return committeeIds.isEmpty() || committeeIds.contains(committeeId);
    }
}
