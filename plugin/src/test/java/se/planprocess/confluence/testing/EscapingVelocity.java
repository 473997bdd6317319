package se.planprocess.confluence.testing;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;

/**
 * One of the app's templates rendered by Velocity 1.7 from the classpath with every reference HTML-escaped, as
 * Confluence escapes macro templates' references.
 */
public final class EscapingVelocity {
    private EscapingVelocity() {
    }

    public static String render(String template, Map<String, Object> model) {
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        Properties config = new Properties();
        config.setProperty("resource.loader", "class");
        config.setProperty("class.resource.loader.class",
                "org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader");
        config.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
        VelocityEngine engine = new VelocityEngine(config);
        EventCartridge escaping = new EventCartridge();
        escaping.addEventHandler((ReferenceInsertionEventHandler) (reference, value) -> value == null ? null
                : value.toString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                        .replace("\"", "&quot;").replace("'", "&#39;"));
        escaping.attachToContext(context);
        Template compiled = engine.getTemplate(template, "UTF-8");
        StringWriter out = new StringWriter();
        compiled.merge(context, out);
        return out.toString();
    }
}
