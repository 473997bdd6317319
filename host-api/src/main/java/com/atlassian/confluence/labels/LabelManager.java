package com.atlassian.confluence.labels;

/** Stand-in: see docs/host-api.md. */
public interface LabelManager {
    int addLabel(Labelable content, Label label);
}
