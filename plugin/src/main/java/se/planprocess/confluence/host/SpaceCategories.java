package se.planprocess.confluence.host;

import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.spaces.Space;
import se.planprocess.confluence.tracker.CategorySpaces;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Space categories: in Confluence a category is a label in the {@code team} namespace on the space's description
 * (8.7.2 {@code SpaceLabelManagerImpl#addLabel}). The spaces of a category are found the way the dashboard's
 * category tab finds them ({@code SpaceCategoryTab#getSpaceKeysForCategory}): the stored team label, then
 * {@code LabelManager#getSpacesWithLabel} in one query; a category no space carries has no stored label. One lookup
 * per category named, never one per committee; permissions are the caller's business (the tracker's viewer).
 */
public final class SpaceCategories implements CategorySpaces {
    private final LabelManager labels;

    public SpaceCategories(LabelManager labels) {
        this.labels = labels;
    }

    /** The keys (upper-cased) of the spaces with any of the categories (names already checked and lower-cased). */
    @Override
    public Set<String> spaceKeys(Collection<String> categories) {
        Set<String> keys = new LinkedHashSet<>();
        for (String category : categories) {
            Label label = labels.getLabel(category, Namespace.TEAM);
            if (label == null) {
                continue;
            }
            List<Space> spaces = labels.getSpacesWithLabel(label);
            if (spaces != null) {
                for (Space space : spaces) {
                    if (space != null && space.getKey() != null) {
                        keys.add(space.getKey().toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        return keys;
    }
}
