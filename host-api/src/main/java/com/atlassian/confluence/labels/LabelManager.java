package com.atlassian.confluence.labels;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;

/** Stand-in: see docs/host-api.md. */
public interface LabelManager {
    int addLabel(Labelable content, Label label);

    /** The stored label of this name (global namespace unless the name has a prefix); null when there is none. */
    Label getLabel(String name);

    /** Current content with this label, {@code maxResults} items from {@code offset}. */
    PartialList<ContentEntityObject> getContentForLabel(int offset, int maxResults, Label label);
}
