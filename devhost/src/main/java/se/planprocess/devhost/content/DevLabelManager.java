package se.planprocess.devhost.content;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.labels.Label;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.labels.Labelable;
import java.util.Locale;
import se.planprocess.devhost.store.PageStore;

/** LabelManager: labels are stored lower-cased, as Confluence does; returns 1 when the label was added. */
public final class DevLabelManager implements LabelManager {
    private final PageStore pages;

    public DevLabelManager(PageStore pages) {
        this.pages = pages;
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

    public static String normalise(String label) {
        return label.trim().toLowerCase(Locale.ROOT);
    }
}
