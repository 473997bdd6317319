package se.planprocess.devhost.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.plugin.PluginDescriptor;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.security.UserDirectory;

/**
 * The read part of the Universal Plugin Manager's REST API, {@code /rest/plugins/1.0/}, so that a script checks the
 * app the same way on Confluence and here: {@code GET /rest/plugins/1.0/} (the installed plugins) and
 * {@code GET /rest/plugins/1.0/<pluginKey>-key} (one plugin with its modules and whether each is enabled), for
 * Confluence administrators only, as UPM answers them (ecosystem.atlassian.net, "UPM REST API"). The host loads its
 * plugin when it starts, so there is no {@code upm-token} header and no install, uninstall or enable: those answer
 * 405 with a JSON message, and the list names the host ({@code "host": "planprocess-devhost"}) so a script can tell.
 */
public final class UpmServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String HOST_NAME = "planprocess-devhost";

    private final transient LoadedPlugin plugin;
    private final transient UserDirectory directory;
    private final transient ObjectMapper json = new ObjectMapper();
    private final String contextPath;

    public UpmServlet(LoadedPlugin plugin, UserDirectory directory, String contextPath) {
        this.plugin = plugin;
        this.directory = directory;
        this.contextPath = contextPath;
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        DevUser user = HostSession.user(req);
        if (user == null) {
            write(resp, 401, Map.of("status-code", 401, "message", "Client must be authenticated to access this resource."));
            return;
        }
        if (!directory.isMember(user.getKey().getStringValue(), UserDirectory.ADMINISTRATORS)) {
            write(resp, 403, Map.of("status-code", 403, "message", "Only administrators may use the plugin manager."));
            return;
        }
        if (!"GET".equals(req.getMethod()) && !"HEAD".equals(req.getMethod())) {
            write(resp, 405, Map.of("status-code", 405, "message",
                    "The local host loads its plugin when it starts; installing, changing or removing plugins is not available."));
            return;
        }
        String path = req.getPathInfo() == null ? "/" : req.getPathInfo();
        if ("/".equals(path)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("host", HOST_NAME);
            body.put("plugins", plugin == null ? List.of() : List.of(summary(plugin.descriptor())));
            write(resp, 200, body);
            return;
        }
        if (plugin != null && path.equals("/" + plugin.descriptor().key() + "-key")) {
            write(resp, 200, details(plugin.descriptor()));
            return;
        }
        write(resp, 404, Map.of("status-code", 404, "message", "Plugin not found"));
    }

    private Map<String, Object> summary(PluginDescriptor d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("key", d.key());
        p.put("name", d.name());
        p.put("version", d.version());
        p.put("enabled", true);
        p.put("userInstalled", true);
        p.put("links", Map.of("self", contextPath + "/rest/plugins/1.0/" + d.key() + "-key"));
        return p;
    }

    private Map<String, Object> details(PluginDescriptor d) {
        Map<String, Object> p = summary(d);
        List<Map<String, Object>> modules = new ArrayList<>();
        d.ao().ifPresent(m -> modules.add(module(d, m.key())));
        d.macros().forEach(m -> modules.add(module(d, m.key())));
        d.rests().forEach(m -> modules.add(module(d, m.key())));
        d.servlets().forEach(m -> modules.add(module(d, m.key())));
        d.webResources().forEach(m -> modules.add(module(d, m.key())));
        d.webItems().forEach(m -> modules.add(module(d, m.key())));
        d.blueprints().forEach(m -> modules.add(module(d, m.key())));
        d.contentTemplates().forEach(m -> modules.add(module(d, m.key())));
        p.put("modules", modules);
        return p;
    }

    private static Map<String, Object> module(PluginDescriptor d, String key) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("completeKey", d.completeKey(key));
        m.put("enabled", true);
        m.put("optional", true);
        return m;
    }

    private void write(HttpServletResponse resp, int status, Object body) throws IOException {
        resp.setStatus(status);
        resp.setContentType("application/json;charset=UTF-8");
        json.writeValue(resp.getOutputStream(), body);
    }
}
