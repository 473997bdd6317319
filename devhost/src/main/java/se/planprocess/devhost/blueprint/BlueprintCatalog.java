package se.planprocess.devhost.blueprint;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.plugin.PluginDescriptor;

/** The Create dialog's items: the plugin's web-items in {@code system.create.dialog/content} with their blueprints. */
public final class BlueprintCatalog {
    public static final String CREATE_DIALOG_SECTION = "system.create.dialog/content";

    private final LoadedPlugin plugin;
    private final String contextPath;

    public BlueprintCatalog(LoadedPlugin plugin, String contextPath) {
        this.plugin = plugin;
        this.contextPath = contextPath;
    }

    /** One Create dialog item (a web-item with its blueprint). */
    public record Item(PluginDescriptor.WebItemModule webItem, PluginDescriptor.BlueprintModule blueprint) {
    }

    public List<Item> items() {
        if (plugin == null) {
            return List.of();
        }
        PluginDescriptor d = plugin.descriptor();
        List<Item> items = new ArrayList<>();
        d.webItems().stream().filter(w -> CREATE_DIALOG_SECTION.equals(w.section()))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebItemModule::weight))
                .forEach(w -> {
                    String blueprintKey = w.params().get("blueprintKey");
                    d.blueprint(blueprintKey == null ? "" : blueprintKey).ifPresent(b -> items.add(new Item(w, b)));
                });
        return items;
    }

    public Optional<Item> byWebItem(String webItemCompleteKey) {
        return items().stream().filter(i -> plugin.descriptor().completeKey(i.webItem().key()).equals(webItemCompleteKey))
                .findFirst();
    }

    /** The dialog's data for the browser, texts in the locale. */
    public List<Map<String, Object>> forDialog(Locale locale) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Item item : items()) {
            PluginDescriptor d = plugin.descriptor();
            PluginDescriptor.WebItemModule w = item.webItem();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("webItemKey", d.completeKey(w.key()));
            m.put("blueprintKey", d.completeKey(item.blueprint().key()));
            m.put("name", text(locale, w.i18nNameKey(), w.name()));
            m.put("description", text(locale, w.descriptionKey(), w.description()));
            m.put("iconUrl", w.resource("icon").isPresent()
                    ? contextPath + "/download/resources/" + d.completeKey(w.key()) + "/icon" : null);
            List<Map<String, Object>> pages = new ArrayList<>();
            item.blueprint().wizard().ifPresent(wizard -> {
                for (PluginDescriptor.DialogPage p : wizard.pages()) {
                    Map<String, Object> page = new LinkedHashMap<>();
                    page.put("id", p.id());
                    page.put("templateKey", p.templateKey());
                    page.put("title", text(locale, p.titleKey(), ""));
                    page.put("descriptionHeader", text(locale, p.descriptionHeaderKey(), ""));
                    page.put("descriptionContent", text(locale, p.descriptionContentKey(), ""));
                    page.put("last", p.last());
                    pages.add(page);
                }
            });
            m.put("wizardPages", pages);
            list.add(m);
        }
        return list;
    }

    private String text(Locale locale, String key, String fallback) {
        if (key == null) {
            return fallback == null ? "" : fallback;
        }
        return plugin.i18n().format(locale, key);
    }
}
