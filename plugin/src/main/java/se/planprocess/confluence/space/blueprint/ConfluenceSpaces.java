package se.planprocess.confluence.space.blueprint;

import se.planprocess.confluence.host.ConfluenceAccess;
import se.planprocess.confluence.space.SpaceDirectory;

/**
 * The space rules' view of Confluence's spaces: {@code SpaceManager#getSpace} through {@link ConfluenceAccess}.
 * Confluence compares space keys without case (its SPACES table keeps a lower-cased key for the lookup); the key is
 * also asked in upper and lower case, so that a host whose lookup is exact cannot let "hsn" pass beside "HSN".
 */
public class ConfluenceSpaces implements SpaceDirectory {
    private final ConfluenceAccess access;

    public ConfluenceSpaces(ConfluenceAccess access) {
        this.access = access;
    }

    @Override
    public boolean exists(String spaceKey) {
        return access.existingSpaceKey(spaceKey).isPresent()
                || access.existingSpaceKey(spaceKey.toUpperCase(java.util.Locale.ROOT)).isPresent()
                || access.existingSpaceKey(spaceKey.toLowerCase(java.util.Locale.ROOT)).isPresent();
    }
}
