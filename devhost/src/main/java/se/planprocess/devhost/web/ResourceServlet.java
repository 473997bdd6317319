package se.planprocess.devhost.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.plugin.PluginDescriptor;
import se.planprocess.devhost.render.CurrentLocale;

/**
 * {@code /download/resources/<pluginKey>:<moduleKey>/<resourceName>} (web-resource and web-item resources) and
 * {@code /download/resources/<pluginKey>/<path>} (plugin-level download resources such as {@code images/}).
 */
public final class ResourceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Map<String, String> TYPES = Map.of("css", "text/css;charset=UTF-8",
            "js", "application/javascript;charset=UTF-8", "png", "image/png", "svg", "image/svg+xml",
            "gif", "image/gif", "jpg", "image/jpeg", "json", "application/json", "html", "text/html;charset=UTF-8");

    private final transient LoadedPlugin plugin;

    public ResourceServlet(LoadedPlugin plugin) {
        this.plugin = plugin;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : URLDecoder.decode(req.getPathInfo(), StandardCharsets.UTF_8);
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        int slash = path.indexOf('/');
        if (slash < 0 || path.contains("..") || path.contains("\\")) {
            resp.sendError(404);
            return;
        }
        String key = path.substring(0, slash);
        String name = path.substring(slash + 1);
        byte[] bytes = find(key, name);
        if (bytes == null) {
            resp.sendError(404);
            return;
        }
        String ext = name.substring(name.lastIndexOf('.') + 1);
        resp.setContentType(TYPES.getOrDefault(ext, name.equals("icon") ? "image/png" : "application/octet-stream"));
        resp.setHeader("Cache-Control", "no-cache");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.getOutputStream().write(bytes);
    }

    private byte[] find(String key, String name) throws IOException {
        if (WebResources.SHIMS.containsKey(key)) {
            if (!WebResources.SHIMS.get(key).contains(name)) {
                return null;
            }
            String location = "jquery.js".equals(name) ? "META-INF/resources/webjars/jquery/3.7.1/jquery.min.js"
                    : "devhost/web/" + name;
            try (InputStream in = ResourceServlet.class.getClassLoader().getResourceAsStream(location)) {
                return in == null ? null : in.readAllBytes();
            }
        }
        if (plugin == null) {
            return null;
        }
        PluginDescriptor d = plugin.descriptor();
        if (key.equals(d.key())) {
            for (PluginDescriptor.Resource r : d.downloads()) {
                if (r.name().endsWith("/") && name.startsWith(r.name())) {
                    return plugin.resource(r.location() + name.substring(r.name().length()));
                }
                if (r.name().equals(name)) {
                    return plugin.resource(r.location());
                }
            }
            return null;
        }
        if (!key.startsWith(d.key() + ":")) {
            return null;
        }
        String moduleKey = key.substring(d.key().length() + 1);
        Optional<PluginDescriptor.WebResourceModule> module = d.webResource(moduleKey);
        Optional<PluginDescriptor.Resource> inModule = module
                .flatMap(w -> w.resources().stream().filter(r -> r.name().equals(name)).findFirst());
        if (inModule.isPresent()) {
            byte[] bytes = plugin.resource(inModule.get().location());
            String extension = name.substring(name.lastIndexOf('.') + 1);
            if (bytes != null && module.get().transforms(extension, JsI18nTransformer.KEY)) {
                String source = new String(bytes, StandardCharsets.UTF_8);
                return JsI18nTransformer.transform(source, plugin.i18n(), CurrentLocale.get())
                        .getBytes(StandardCharsets.UTF_8);
            }
            return bytes;
        }
        return d.webItems().stream().filter(w -> w.key().equals(moduleKey)).findFirst()
                .flatMap(w -> w.resource(name)).map(r -> plugin.resource(r.location())).orElse(null);
    }
}
