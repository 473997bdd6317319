package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/** Stand-in with the members the plugin calls: see docs/host-api.md. */
public interface ConversionContext {
    ContentEntityObject getEntity();

    String getSpaceKey();

    /** Lower-case name of a {@link ConversionContextOutputType}, e.g. "display", "pdf", "word". */
    String getOutputType();
}
