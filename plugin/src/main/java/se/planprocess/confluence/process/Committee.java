package se.planprocess.confluence.process;

import java.util.Objects;

/** A committee (nämnd): its name, short name and the key of its Confluence space (null when it has none). */
public record Committee(long id, String name, String shortName, String spaceKey, boolean active) {
    public Committee {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
    }
}
