package se.planprocess.confluence.document.rebuild;

import java.util.Objects;
import java.util.Set;

/**
 * What the rebuild needs to know of one page: where it is, what it is called, whether it is in the trash, and its
 * global labels (lower case, as Confluence stores them). Never its body.
 */
public record PageFacts(long pageId, String spaceKey, String title, boolean trashed, Set<String> labels) {
    public PageFacts {
        Objects.requireNonNull(spaceKey, "spaceKey");
        title = title == null ? "" : title;
        labels = labels == null ? Set.of() : Set.copyOf(labels);
    }
}
