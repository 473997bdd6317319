package se.planprocess.devhost.store;

import java.time.Instant;

/** A row of DEVHOST_SPACE. */
public record SpaceRecord(long id, String key, String name, String description, Long homePageId, String creator,
                          Instant created) {
}
