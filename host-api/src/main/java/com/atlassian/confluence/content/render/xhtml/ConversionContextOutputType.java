package com.atlassian.confluence.content.render.xhtml;

import java.util.Locale;

/** Stand-in: see docs/host-api.md. */
public enum ConversionContextOutputType {
    PREVIEW, DISPLAY, WORD, PDF, HTML_EXPORT, FEED, EMAIL, DIFF;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
