package se.planprocess.devhost.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.plugin.PluginDescriptor;
import se.planprocess.devhost.render.Urls;

/**
 * Resolves web-resource keys (the plugin's and the host's shims of Atlassian resources) with their dependencies
 * into ordered CSS and JS URLs, as Confluence's web resource manager writes them into a page.
 */
public final class WebResources {
    private static final Logger LOG = LoggerFactory.getLogger(WebResources.class);

    public static final String AJS = "com.atlassian.auiplugin:ajs";
    public static final String CREATE_CONTENT = "com.atlassian.confluence.plugins.confluence-create-content-plugin:resources";
    public static final String HOST = "devhost:host";
    public static final String GENERAL_CONTEXT = "atl.general";

    /** The host's own resources, served from the devhost jar under {@code devhost/web/}. */
    static final Map<String, List<String>> SHIMS = Map.of(
            AJS, List.of("jquery.js", "ajs.js"),
            CREATE_CONTENT, List.of("blueprint-wizard.js"),
            HOST, List.of("host.css", "host.js"));
    private static final Map<String, List<String>> SHIM_DEPENDENCIES = Map.of(
            AJS, List.of(), CREATE_CONTENT, List.of(AJS), HOST, List.of(AJS, CREATE_CONTENT));

    private final LoadedPlugin plugin;
    private final String contextPath;

    public WebResources(LoadedPlugin plugin, String contextPath) {
        this.plugin = plugin;
        this.contextPath = contextPath;
    }

    /** The URLs of the stylesheets and scripts for a page. */
    public record Includes(List<String> css, List<String> js) {
    }

    /** The host resources, every atl.general resource of the plugin and the required keys. */
    public Includes forPage(Set<String> required) {
        LinkedHashSet<String> keys = new LinkedHashSet<>();
        keys.add(HOST);
        if (plugin != null) {
            for (PluginDescriptor.WebResourceModule w : plugin.descriptor().webResources()) {
                if (w.contexts().contains(GENERAL_CONTEXT)) {
                    keys.add(plugin.descriptor().completeKey(w.key()));
                }
            }
        }
        keys.addAll(required);
        return resolve(keys);
    }

    public Includes resolve(Set<String> keys) {
        List<String> ordered = new ArrayList<>();
        for (String key : keys) {
            visit(key, ordered, new LinkedHashSet<>());
        }
        List<String> css = new ArrayList<>();
        List<String> js = new ArrayList<>();
        for (String key : ordered) {
            for (String name : resourceNames(key)) {
                String url = contextPath + "/download/resources/" + Urls.encode(key).replace("%3A", ":") + "/"
                        + Urls.encode(name);
                if (name.endsWith(".css")) {
                    css.add(url);
                } else if (name.endsWith(".js")) {
                    js.add(url);
                }
            }
        }
        return new Includes(css, js);
    }

    private void visit(String key, List<String> ordered, Set<String> path) {
        if (ordered.contains(key) || !path.add(key)) {
            return;
        }
        for (String dependency : dependencies(key)) {
            visit(dependency, ordered, path);
        }
        ordered.add(key);
    }

    private List<String> dependencies(String key) {
        if (SHIMS.containsKey(key)) {
            return SHIM_DEPENDENCIES.get(key);
        }
        return pluginModule(key).map(PluginDescriptor.WebResourceModule::dependencies).orElseGet(() -> {
            LOG.warn("Unknown web resource {} (the host has no shim for it)", key);
            return List.of();
        });
    }

    private List<String> resourceNames(String key) {
        if (SHIMS.containsKey(key)) {
            return SHIMS.get(key);
        }
        return pluginModule(key).map(w -> w.resources().stream().filter(r -> "download".equals(r.type()))
                .map(PluginDescriptor.Resource::name).toList()).orElse(List.of());
    }

    Optional<PluginDescriptor.WebResourceModule> pluginModule(String completeKey) {
        if (plugin == null || !completeKey.startsWith(plugin.descriptor().key() + ":")) {
            return Optional.empty();
        }
        return plugin.descriptor().webResource(completeKey.substring(plugin.descriptor().key().length() + 1));
    }
}
