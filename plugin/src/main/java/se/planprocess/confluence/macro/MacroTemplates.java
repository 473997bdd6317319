package se.planprocess.confluence.macro;

import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import se.planprocess.confluence.host.Messages;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/** Renders one of the app's Velocity templates for a macro; a failure is a macro error in the user's language. */
public final class MacroTemplates {
    private final TemplateRenderer renderer;
    private final Messages messages;

    public MacroTemplates(TemplateRenderer renderer, Messages messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    public String render(String template, Map<String, Object> model) throws MacroExecutionException {
        StringWriter writer = new StringWriter();
        try {
            renderer.render(template, model, writer);
        } catch (IOException e) {
            throw new MacroExecutionException(messages.text("planprocess.status.error.render"), e);
        }
        return writer.toString();
    }
}
