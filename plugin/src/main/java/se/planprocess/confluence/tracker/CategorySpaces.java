package se.planprocess.confluence.tracker;

import java.util.Collection;
import java.util.Set;

/** The spaces of space categories (port; Confluence's team labels implement it). Permissions are the viewer's. */
public interface CategorySpaces {
    /** The keys, upper-cased, of the spaces with any of the categories (names checked and lower-cased). */
    Set<String> spaceKeys(Collection<String> categories);
}
