package se.planprocess.confluence.process;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A deadline or meeting date of one cycle. When {@code documentKind} is set, every committee in scope must have its
 * document of that kind at {@code requiredStatus} or later by the end of {@code date}. An empty
 * {@code committeeIds} means all committees. Key and names are one line of printable text ({@link UserText}).
 */
public record Milestone(String key, Bilingual name, LocalDate date, String phaseKey, Set<Long> committeeIds,
                        DocumentKind documentKind, String requiredStatus) {
    public static final int MAX_KEY = 60;
    public static final int MAX_NAME = 200;

    public Milestone {
        UserText.requireName(key, "key", MAX_KEY);
        Objects.requireNonNull(name, "name");
        UserText.requireName(name.sv(), "nameSv", MAX_NAME);
        UserText.requireName(name.en(), "nameEn", MAX_NAME);
        Objects.requireNonNull(date, "date");
        UserText.requireName(phaseKey, "phase", MAX_KEY);
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
