package se.planprocess.devhost.blueprint;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.plugin.PluginDescriptor;

/**
 * The Create space dialog's items: the plugin's web-items in {@code system.create.space.dialog/content} whose
 * {@code blueprintKey} names one of its {@code <space-blueprint>}s, as create-content's
 * {@code DefaultBlueprintWebItemService#getCreateSpaceWebItems} lists them (each with its space blueprint's id as
 * {@code contentBlueprintId} and {@code createResult} {@code space}, which Confluence's {@code Confluence.Blueprint}
 * turns into a {@code space-blueprint/create-space} request). Confluence's own space blueprints (blank space,
 * documentation space, …) are not listed.
 */
public final class SpaceBlueprintCatalog {
    public static final String CREATE_SPACE_DIALOG_SECTION = "system.create.space.dialog/content";

    private final LoadedPlugin plugin;
    private final String contextPath;

    public SpaceBlueprintCatalog(LoadedPlugin plugin, String contextPath) {
        this.plugin = plugin;
        this.contextPath = contextPath;
    }

    /** One Create space dialog item and its space blueprint. */
    public record Item(PluginDescriptor.WebItemModule webItem, PluginDescriptor.SpaceBlueprintModule blueprint,
                       String itemCompleteKey, String blueprintCompleteKey, UUID spaceBlueprintId) {
    }

    public List<Item> items() {
        if (plugin == null) {
            return List.of();
        }
        PluginDescriptor d = plugin.descriptor();
        List<Item> items = new ArrayList<>();
        d.webItems().stream().filter(w -> CREATE_SPACE_DIALOG_SECTION.equals(w.section()))
                .sorted(Comparator.comparingInt(PluginDescriptor.WebItemModule::weight))
                .forEach(w -> {
                    String key = w.params().get("blueprintKey");
                    d.spaceBlueprint(key == null ? "" : key).ifPresent(b -> items.add(new Item(w, b,
                            d.completeKey(w.key()), d.completeKey(b.key()), idOf(d.completeKey(b.key())))));
                });
        return items;
    }

    /** Confluence stores a random id per space blueprint; the host derives a stable one from the complete key. */
    public static UUID idOf(String spaceBlueprintCompleteKey) {
        return UUID.nameUUIDFromBytes(("space-blueprint:" + spaceBlueprintCompleteKey).getBytes(StandardCharsets.UTF_8));
    }

    public Optional<Item> byId(UUID id) {
        return items().stream().filter(i -> i.spaceBlueprintId().equals(id)).findFirst();
    }

    /** {@code GET /rest/create-dialog/1.0/space-blueprint/dialog/web-items}: the items as CreateDialogWebItemEntity. */
    public List<Map<String, Object>> webItems(Locale locale) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Item item : items()) {
            PluginDescriptor.WebItemModule w = item.webItem();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", text(locale, w.i18nNameKey(), w.name()));
            m.put("description", text(locale, w.descriptionKey(), w.description()));
            m.put("styleClass", null);
            m.put("iconURL", w.resource("icon").isPresent()
                    ? contextPath + "/download/resources/" + item.itemCompleteKey() + "/icon" : null);
            m.put("itemModuleCompleteKey", item.itemCompleteKey());
            m.put("blueprintModuleCompleteKey", item.blueprintCompleteKey());
            m.put("contentBlueprintId", item.spaceBlueprintId().toString());
            m.put("templateId", null);
            m.put("createResult", "space");
            m.put("howToUseTemplate", null);
            m.put("directLink", null);
            m.put("skipHowToUse", false);
            m.put("wizard", item.blueprint().wizard().map(wz -> wizard(locale, wz)).orElse(null));
            m.put("isNew", false);
            m.put("isPromoted", false);
            list.add(m);
        }
        return list;
    }

    private Map<String, Object> wizard(Locale locale, PluginDescriptor.DialogWizard wizard) {
        List<Map<String, Object>> pages = new ArrayList<>();
        for (PluginDescriptor.DialogPage p : wizard.pages()) {
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("id", p.id());
            page.put("templateKey", p.templateKey());
            page.put("title", text(locale, p.titleKey(), ""));
            page.put("descriptionHeaderLink", null);
            page.put("descriptionHeader", text(locale, p.descriptionHeaderKey(), ""));
            page.put("descriptionContent", text(locale, p.descriptionContentKey(), ""));
            page.put("last", p.last());
            pages.add(page);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pages", pages);
        return m;
    }

    private String text(Locale locale, String key, String fallback) {
        if (key == null) {
            return fallback == null ? "" : fallback;
        }
        return plugin.i18n().format(locale, key);
    }
}
