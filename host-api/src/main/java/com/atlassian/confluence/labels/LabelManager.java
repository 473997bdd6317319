package com.atlassian.confluence.labels;

import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.PartialList;
import com.atlassian.confluence.spaces.Space;

import java.util.List;

/** Stand-in: see docs/host-api.md. */
public interface LabelManager {
    int addLabel(Labelable content, Label label);

    /** The stored label of this name (global namespace unless the name has a prefix); null when there is none. */
    Label getLabel(String name);

    /** The stored label of that name in that namespace, or null when no content carries it. */
    Label getLabel(String labelName, Namespace namespace);

    /** The spaces whose description carries the label (a space category when the label is a team label). */
    List<Space> getSpacesWithLabel(Label label);

    /** Current content with this label, {@code maxResults} items from {@code offset}. */
    PartialList<ContentEntityObject> getContentForLabel(int offset, int maxResults, Label label);
}
