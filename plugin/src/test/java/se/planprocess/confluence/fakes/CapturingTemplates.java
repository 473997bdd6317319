package se.planprocess.confluence.fakes;

import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import java.io.Writer;
import java.util.Map;

/**
 * A template renderer that keeps what a macro handed to its template (the model, and the template's name under
 * {@code "template"}) instead of rendering it, and a page builder that accepts every web resource.
 */
public final class CapturingTemplates {
    private CapturingTemplates() {
    }

    /** Each render replaces the contents of {@code into} with the model and the template's name. */
    public static TemplateRenderer into(Map<String, Object> into) {
        return new TemplateRenderer() {
            @Override
            public void render(String template, Map<String, Object> context, Writer writer) {
                into.clear();
                into.putAll(context);
                into.put("template", template);
            }

            @Override
            public String renderFragment(String fragment, Map<String, Object> context) {
                throw new UnsupportedOperationException();
            }
        };
    }

    public static PageBuilderService pageBuilder() {
        RequiredResources resources = new RequiredResources() {
            @Override
            public RequiredResources requireWebResource(String key) {
                return this;
            }
        };
        return () -> () -> resources;
    }
}
