package se.planprocess.devhost.render;

import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.runtime.RuntimeConstants;

/**
 * The TemplateRenderer a plugin gets: Velocity 1.7, templates from the plugin's class loader, Confluence's
 * automatic HTML escaping (unless the template contains {@code #disableAntiXss()}) and method allowlist.
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    private final ClassLoader pluginClassLoader;
    private final VelocityEngine engine;

    public VelocityTemplateRenderer(ClassLoader pluginClassLoader) {
        this.pluginClassLoader = pluginClassLoader;
        this.engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADER, "plugin");
        engine.setProperty("plugin.resource.loader.instance", new PluginResourceLoader(pluginClassLoader));
        engine.setProperty("plugin.resource.loader.cache", "true");
        engine.setProperty(RuntimeConstants.RUNTIME_LOG_LOGSYSTEM, new Slf4jLogChute());
        engine.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        engine.setProperty(RuntimeConstants.VM_LIBRARY, "");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        engine.setProperty(RuntimeConstants.OUTPUT_ENCODING, "UTF-8");
        try {
            engine.init();
        } catch (Exception e) {
            throw new IllegalStateException("Velocity did not start", e);
        }
    }

    @Override
    public void render(String templateName, Map<String, Object> context, Writer writer)
            throws RenderingException, IOException {
        String source = PluginResourceLoader.read(pluginClassLoader, templateName);
        if (source == null) {
            throw new RenderingException("Template not found in the plugin: " + templateName);
        }
        try {
            Template template = engine.getTemplate(stripSlash(templateName), "UTF-8");
            template.merge(context(context, !source.contains(PluginResourceLoader.DISABLE_ANTI_XSS)), writer);
        } catch (Exception e) {
            throw new RenderingException("Rendering " + templateName + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String renderFragment(String fragment, Map<String, Object> context) throws RenderingException {
        boolean escape = !fragment.contains(PluginResourceLoader.DISABLE_ANTI_XSS);
        StringWriter out = new StringWriter();
        try {
            engine.evaluate(context(context, escape), out, "fragment",
                    fragment.replace(PluginResourceLoader.DISABLE_ANTI_XSS, ""));
        } catch (Exception e) {
            throw new RenderingException("Rendering a fragment failed: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static VelocityContext context(Map<String, Object> values, boolean escape) {
        VelocityContext context = new VelocityContext(values == null ? new java.util.HashMap<>() : new java.util.HashMap<>(values));
        if (escape) {
            EventCartridge cartridge = new EventCartridge();
            cartridge.addEventHandler(new AutoEscape());
            cartridge.attachToContext(context);
        }
        return context;
    }

    private static String stripSlash(String name) {
        return name.startsWith("/") ? name.substring(1) : name;
    }
}
