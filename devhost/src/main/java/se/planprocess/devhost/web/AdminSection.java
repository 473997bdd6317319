package se.planprocess.devhost.web;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.plugin.PluginDescriptor;
import se.planprocess.devhost.render.CurrentLocale;
import se.planprocess.devhost.render.Html;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.DevUser;

/**
 * Confluence administration as far as apps reach it: the console at {@code /admin/console.action}, for Confluence
 * administrators only, and its sidebar of the web-items in the {@code system.admin/<section>} sections
 * ({@code configuration}, {@code security}, {@code lookandfeel}, {@code administration}), by weight, with their
 * label and {@code <link>}. A plugin page decorated {@code atl.admin} gets the same sidebar (see
 * {@link DecoratorFilter}). The host adds no web-item conditions: every item of these sections shows to every
 * administrator, and to nobody else, as the console itself is refused to others.
 */
public final class AdminSection {
    static final String CONSOLE = "/admin/console.action";
    private static final String PREFIX = "system.admin/";
    private static final List<String> SECTIONS = List.of("configuration", "security", "lookandfeel", "administration");

    private final LoadedPlugin plugin;
    private final DevPermissionManager permissions;
    private final Layout layout;
    private final String contextPath;

    public AdminSection(LoadedPlugin plugin, DevPermissionManager permissions, Layout layout, String contextPath) {
        this.plugin = plugin;
        this.permissions = permissions;
        this.layout = layout;
        this.contextPath = contextPath;
    }

    boolean mayAdminister(DevUser user) {
        return user != null && permissions.isConfluenceAdministrator(user);
    }

    /** The console's sidebar, as a navigation landmark of its own. */
    String sidebar() {
        StringBuilder out = new StringBuilder("<nav class=\"devhost-admin-nav\" aria-label=\"")
                .append(Html.escape(layout.t("devhost.admin"))).append("\"><h2 class=\"devhost-admin-title\"><a href=\"")
                .append(contextPath).append(CONSOLE).append("\">").append(Html.escape(layout.t("devhost.admin")))
                .append("</a></h2>");
        Map<String, List<PluginDescriptor.WebItemModule>> bySection = new LinkedHashMap<>();
        SECTIONS.forEach(s -> bySection.put(s, new java.util.ArrayList<>()));
        if (plugin != null) {
            for (PluginDescriptor.WebItemModule item : plugin.descriptor().webItems()) {
                if (item.section() != null && item.section().startsWith(PREFIX) && item.link() != null) {
                    bySection.computeIfAbsent(item.section().substring(PREFIX.length()), k -> new java.util.ArrayList<>())
                            .add(item);
                }
            }
        }
        for (Map.Entry<String, List<PluginDescriptor.WebItemModule>> section : bySection.entrySet()) {
            if (section.getValue().isEmpty() && !section.getKey().equals("configuration")) {
                continue;
            }
            String heading = layout.t("devhost.admin.section." + section.getKey());
            out.append("<h3>").append(Html.escape(heading.startsWith("devhost.") ? section.getKey() : heading))
                    .append("</h3><ul>");
            if (section.getKey().equals("configuration")) {
                out.append("<li><a href=\"").append(contextPath).append(CONSOLE).append("\">")
                        .append(Html.escape(layout.t("devhost.admin.general"))).append("</a></li>");
            }
            for (PluginDescriptor.WebItemModule item : section.getValue().stream()
                    .sorted(Comparator.comparingInt(PluginDescriptor.WebItemModule::weight))
                    .collect(Collectors.toList())) {
                String link = item.link().startsWith("/") ? contextPath + item.link() : item.link();
                out.append("<li><a href=\"").append(Html.escape(link)).append("\" id=\"")
                        .append(Html.escape(plugin.descriptor().key() + "-" + item.key())).append("\">")
                        .append(Html.escape(label(item))).append("</a></li>");
            }
            out.append("</ul>");
        }
        return out.append("</nav>").toString();
    }

    /** A page's body with the console's sidebar beside it. */
    String withSidebar(String bodyHtml) {
        return "<div class=\"devhost-admin\">" + sidebar() + "<div class=\"devhost-admin-content\">" + bodyHtml
                + "</div></div>";
    }

    /** The console's own page: what the host has to configure (nothing) and the apps' items. */
    String console() {
        return withSidebar("<h1>" + Html.escape(layout.t("devhost.admin")) + "</h1><p>"
                + Html.escape(layout.t("devhost.admin.intro")) + "</p>");
    }

    private String label(PluginDescriptor.WebItemModule item) {
        if (item.i18nNameKey() != null) {
            String text = plugin.i18n().format(CurrentLocale.get(), item.i18nNameKey());
            if (!text.equals(item.i18nNameKey())) {
                return text;
            }
        }
        return item.name() == null || item.name().isBlank() ? item.key() : item.name();
    }
}
