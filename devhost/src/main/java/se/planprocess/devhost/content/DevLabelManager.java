package se.planprocess.devhost.content;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Labelable;
import java.util.List;
import java.util.Locale;
import se.planprocess.devhost.store.PageStore;

/**
 * LabelManager: labels are global and stored lower-cased, as Confluence does; {@code addLabel} returns 1 when the
 * label was added. {@code getLabel(name)} answers only a label that labels something, and
 * {@code getContentForLabel} the current pages with it (never trashed ones), in page id order, with the number
 * available; {@code maxResults} -1 means all ({@code LabelManager.NO_MAX_RESULTS}).
 */
public final class DevLabelManager implements LabelManager {
    private final PageStore pages;
    private final EntityMapper mapper;

    public DevLabelManager(PageStore pages, EntityMapper mapper) {
        this.pages = pages;
        this.mapper = mapper;
    }

    @Override
    public int addLabel(Labelable content, Label label) {
        if (!(content instanceof ContentEntityObject entity) || label == null || label.getName() == null) {
            throw new IllegalArgumentException("Labels can only be added to content with a name");
        }
        String name = normalise(label.getName());
        if (name.isEmpty() || name.matches(".*[\\s:;,.?&\\[\\]()#^*@!].*")) {
            throw new IllegalArgumentException("Invalid label: " + label.getName());
        }
        return pages.addLabel(entity.getId(), name) ? 1 : 0;
    }

    @Override
    public Label getLabel(String name) {
        if (name == null || name.contains(":")) {
            return null; // namespaced names (my:, team:) are not modelled
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

    public static String normalise(String label) {
        return label.trim().toLowerCase(Locale.ROOT);
    }
}
