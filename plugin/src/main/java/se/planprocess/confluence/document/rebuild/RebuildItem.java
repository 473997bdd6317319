package se.planprocess.confluence.document.rebuild;

import java.util.Objects;

/**
 * One page in the report: its id, title and space, and what changed ({@code from} → {@code to}: old and new title
 * or space; for a duplicate, {@code otherPageId} is the page already holding the slot; for an unrecognised page,
 * {@code to} is the reason, {@code kind} or {@code cycle}).
 */
public record RebuildItem(long pageId, String title, String spaceKey, String from, String to, Long otherPageId) {
    public RebuildItem {
        title = Objects.requireNonNullElse(title, "");
        spaceKey = Objects.requireNonNullElse(spaceKey, "");
    }

    static RebuildItem of(long pageId, String title, String spaceKey) {
        return new RebuildItem(pageId, title, spaceKey, null, null, null);
    }

    RebuildItem change(String before, String after) {
        return new RebuildItem(pageId, title, spaceKey, before, after, otherPageId);
    }

    RebuildItem sameSlotAs(long other) {
        return new RebuildItem(pageId, title, spaceKey, from, to, other);
    }
}
