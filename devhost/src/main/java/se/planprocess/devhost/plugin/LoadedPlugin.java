package se.planprocess.devhost.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.web.ContextProvider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.devhost.render.BundleI18nResolver;
import se.planprocess.devhost.render.VelocityTemplateRenderer;
import se.planprocess.devhost.spring.PluginContainer;

/** A loaded, enabled plugin: its class loader, Spring container and module instances. */
public final class LoadedPlugin implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoadedPlugin.class);

    private final Path jar;
    private final PluginDescriptor descriptor;
    private final URLClassLoader classLoader;
    private final PluginContainer container;
    private final BundleI18nResolver i18n;
    private final VelocityTemplateRenderer templateRenderer;
    private final ActiveObjects activeObjects;
    private final Map<String, Macro> macros;
    private final Map<String, ContextProvider> contextProviders;
    private final Map<PluginDescriptor.RestModule, List<Object>> restComponents;
    private final Map<PluginDescriptor.ServletModule, HttpServlet> servlets;

    @SuppressWarnings("checkstyle:ParameterNumber")
    LoadedPlugin(Path jar, PluginDescriptor descriptor, URLClassLoader classLoader, PluginContainer container,
                 BundleI18nResolver i18n, VelocityTemplateRenderer templateRenderer, ActiveObjects activeObjects,
                 Map<String, Macro> macros, Map<String, ContextProvider> contextProviders,
                 Map<PluginDescriptor.RestModule, List<Object>> restComponents,
                 Map<PluginDescriptor.ServletModule, HttpServlet> servlets) {
        this.jar = jar;
        this.descriptor = descriptor;
        this.classLoader = classLoader;
        this.container = container;
        this.i18n = i18n;
        this.templateRenderer = templateRenderer;
        this.activeObjects = activeObjects;
        this.macros = macros;
        this.contextProviders = contextProviders;
        this.restComponents = restComponents;
        this.servlets = servlets;
    }

    public Path jar() {
        return jar;
    }

    public PluginDescriptor descriptor() {
        return descriptor;
    }

    public ClassLoader classLoader() {
        return classLoader;
    }

    public PluginContainer container() {
        return container;
    }

    public BundleI18nResolver i18n() {
        return i18n;
    }

    public VelocityTemplateRenderer templateRenderer() {
        return templateRenderer;
    }

    public ActiveObjects activeObjects() {
        return activeObjects;
    }

    public Macro macro(String name) {
        return macros.get(name);
    }

    public ContextProvider contextProvider(String contentTemplateKey) {
        return contextProviders.get(contentTemplateKey);
    }

    public Map<PluginDescriptor.RestModule, List<Object>> restComponents() {
        return restComponents;
    }

    public Map<PluginDescriptor.ServletModule, HttpServlet> servlets() {
        return servlets;
    }

    /** A resource of the plugin jar, or null. */
    public byte[] resource(String location) {
        String path = location.startsWith("/") ? location.substring(1) : location;
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        container.stop();
        try {
            classLoader.close();
        } catch (IOException e) {
            LOG.warn("Closing the plugin class loader failed", e);
        }
    }
}
