package se.planprocess.confluence.space.blueprint;

import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.space.SpaceDirectory;

/** The space rules' view of Confluence's spaces: {@code SpaceManager#getSpace} through {@link ConfluenceAccess}. */
public class ConfluenceSpaces implements SpaceDirectory {
    private final ConfluenceAccess access;

    public ConfluenceSpaces(ConfluenceAccess access) {
        this.access = access;
    }

    @Override
    public boolean exists(String spaceKey) {
        return access.existingSpaceKey(spaceKey).isPresent();
    }
}
