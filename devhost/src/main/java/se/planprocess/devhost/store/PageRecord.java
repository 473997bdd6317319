package se.planprocess.devhost.store;

import java.time.Instant;

/** A row of DEVHOST_PAGE. Status is {@code current} or {@code trashed}. */
public record PageRecord(long id, String spaceKey, Long parentId, String title, String body, int version,
                         String creator, String lastModifier, Instant created, Instant modified, String status) {
    public static final String CURRENT = "current";
    public static final String TRASHED = "trashed";

    public boolean isTrashed() {
        return TRASHED.equals(status);
    }
}
