package se.planprocess.devhost.content;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Labelable;
import com.atlassian.confluence.labels.Namespace;
import com.atlassian.confluence.spaces.Space;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.SpaceStore;

/**
 * LabelManager: page labels (global namespace) are stored lower-cased, as Confluence does; {@code addLabel} returns 1
 * when the label was added. Space categories are team labels on the space's description (Confluence 8.7.2
 * {@code SpaceLabelManagerImpl#addLabel}): {@link #getLabel(String, Namespace)} finds a team label only when some
 * space carries it (the stored label, else null, as {@code DefaultLabelManager#getLabel}), and
 * {@link #getSpacesWithLabel(Label)} answers the spaces with it in one query, without filtering by permission (the
 * caller filters, as Confluence's own callers do). {@code getLabel(name)} answers only a global label that labels
 * something, and {@code getContentForLabel} the current pages with it (never trashed ones), in page id order, with
 * the number available; {@code maxResults} -1 means all ({@code LabelManager.NO_MAX_RESULTS}).
 */
public final class DevLabelManager implements LabelManager {
    private static final String INVALID = ".*[\\s:;,.?&\\[\\]()#^*@!<>].*";

    private final PageStore pages;
    private final SpaceStore spaces;
    private final EntityMapper mapper;

    public DevLabelManager(PageStore pages, SpaceStore spaces, EntityMapper mapper) {
        this.pages = pages;
        this.spaces = spaces;
        this.mapper = mapper;
    }

    @Override
    public int addLabel(Labelable content, Label label) {
        if (!(content instanceof ContentEntityObject entity) || label == null || label.getName() == null) {
            throw new IllegalArgumentException("Labels can only be added to content with a name");
        }
        String name = normalise(label.getName());
        if (name.isEmpty() || name.matches(INVALID)) {
            throw new IllegalArgumentException("Invalid label: " + label.getName());
        }
        return pages.addLabel(entity.getId(), name) ? 1 : 0;
    }

    @Override
    public Label getLabel(String name) {
        if (name == null || name.contains(":")) {
            return null; // namespaced names (my:, team:) are looked up with getLabel(name, namespace)
        }
        String normal = normalise(name);
        return pages.labelExists(normal) ? new Label(normal) : null;
    }

    @Override
    public PartialList<ContentEntityObject> getContentForLabel(int offset, int maxResults, Label label) {
        if (label == null || label.getName() == null) {
            throw new IllegalArgumentException("A label is required");
        }
        String name = normalise(label.getName());
        List<ContentEntityObject> content = pages.withLabel(name, offset, maxResults).stream()
                .map(mapper::page).map(ContentEntityObject.class::cast).toList();
        return new PartialList<>(pages.countWithLabel(name), Math.max(0, offset), content);
    }

    @Override
    public Label getLabel(String labelName, Namespace namespace) {
        Objects.requireNonNull(namespace, "namespace");
        if (labelName == null || !Namespace.TEAM.equals(namespace)) {
            // only space categories are looked up by namespace in this host
            return null;
        }
        String name = labelName.toLowerCase(Locale.ROOT);
        return spaces.categoryExists(name) ? new Label(name, Namespace.TEAM) : null;
    }

    @Override
    public List<Space> getSpacesWithLabel(Label label) {
        if (label == null || !Namespace.TEAM.equals(label.getNamespace())) {
            return List.of();
        }
        return spaces.keysWithCategory(label.getName()).stream().map(mapper::space).filter(Objects::nonNull).toList();
    }

    public static String normalise(String label) {
        return label.trim().toLowerCase(Locale.ROOT);
    }

    /** A category name Confluence accepts: not blank, at most 255 characters, none of its forbidden characters. */
    public static boolean isValidCategory(String name) {
        return name != null && !name.isBlank() && name.length() <= 255 && !name.matches(INVALID);
    }
}
