package com.atlassian.confluence.labels;

import java.util.List;

/** Stand-in: see docs/host-api.md. Implemented by ContentEntityObject in Confluence. */
public interface Labelable {
    /** Every label of the content, of every namespace. */
    List<Label> getLabels();
}
