package com.atlassian.confluence.labels;

import com.atlassian.confluence.spaces.Space;

import java.util.List;

/** Stand-in: see docs/host-api.md. */
public interface LabelManager {
    int addLabel(Labelable content, Label label);

    /** The stored label of that name in that namespace, or null when no content carries it. */
    Label getLabel(String labelName, Namespace namespace);

    /** The spaces whose description carries the label (a space category when the label is a team label). */
    List<Space> getSpacesWithLabel(Label label);
}
