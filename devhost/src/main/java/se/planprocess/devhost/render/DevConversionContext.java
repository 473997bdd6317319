package se.planprocess.devhost.render;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;

/** The ConversionContext handed to macros: the page, its space and the output type (display, preview, pdf, word). */
public record DevConversionContext(ContentEntityObject entity, String spaceKey, String outputType)
        implements ConversionContext {
    @Override
    public ContentEntityObject getEntity() {
        return entity;
    }

    @Override
    public String getSpaceKey() {
        return spaceKey;
    }

    @Override
    public String getOutputType() {
        return outputType;
    }
}
