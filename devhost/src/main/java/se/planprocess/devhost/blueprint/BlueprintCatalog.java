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
 * The Create dialog's items: the plugin's web-items in {@code system.create.dialog/content} with their blueprints,
 * each with a content blueprint id, as the create-content plugin's {@code DefaultBlueprintWebItemService} lists them.
 */
public final class BlueprintCatalog {
    public static final String CREATE_DIALOG_SECTION = "system.create.dialog/content";
    /** The create-content plugin's own "Blank page" item ({@code BlueprintConstants.BLANK_PAGE_BLUEPRINT}). */
    public static final String BLANK_PAGE_ITEM =
            "com.atlassian.confluence.plugins.confluence-create-content-plugin:create-blank-page";

    private final LoadedPlugin plugin;
    private final String contextPath;

    public BlueprintCatalog(LoadedPlugin plugin, String contextPath) {
        this.plugin = plugin;
        this.contextPath = contextPath;
    }

    /** One Create dialog item (a web-item with its blueprint) and the blueprint's id. */
    public record Item(PluginDescriptor.WebItemModule webItem, PluginDescriptor.BlueprintModule blueprint,
                       String itemCompleteKey, String blueprintCompleteKey, UUID contentBlueprintId) {
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
                    d.blueprint(blueprintKey == null ? "" : blueprintKey).ifPresent(b -> items.add(
                            new Item(w, b, d.completeKey(w.key()), d.completeKey(b.key()), idOf(d.completeKey(b.key())))));
                });
        return items;
    }

    /**
     * The id of a plugin blueprint. Confluence stores a random UUID per blueprint in its own tables
     * ({@code DefaultContentBlueprintManager}); the host derives a stable one from the complete key.
     */
    public static UUID idOf(String blueprintCompleteKey) {
        return UUID.nameUUIDFromBytes(("content-blueprint:" + blueprintCompleteKey).getBytes(StandardCharsets.UTF_8));
    }

    /** The blank page's id: create-content's {@code BlueprintConstants.BLANK_PAGE_BLUEPRINT} (not a plugin item). */
    public static UUID blankPageId() {
        return idOf(BLANK_PAGE_ITEM);
    }

    public Optional<Item> byContentBlueprintId(UUID id) {
        return items().stream().filter(i -> i.contentBlueprintId().equals(id)).findFirst();
    }

    public Optional<Item> byBlueprintKey(String blueprintCompleteKey) {
        return items().stream().filter(i -> i.blueprintCompleteKey().equals(blueprintCompleteKey)).findFirst();
    }

    /**
     * {@code GET /rest/create-dialog/1.0/blueprints/web-items}: the items as create-content's
     * {@code CreateDialogWebItemEntity} (JSON names of its fields), texts in the locale, the blank page first.
     */
    public List<Map<String, Object>> webItems(Locale locale, String blankName, String blankDescription) {
        List<Map<String, Object>> list = new ArrayList<>();
        list.add(entity(blankName, blankDescription, null, BLANK_PAGE_ITEM, null, blankPageId(), null, null));
        for (Item item : items()) {
            PluginDescriptor.WebItemModule w = item.webItem();
            String iconUrl = w.resource("icon").isPresent()
                    ? contextPath + "/download/resources/" + item.itemCompleteKey() + "/icon" : null;
            Map<String, Object> wizard = item.blueprint().wizard().map(wz -> {
                List<Map<String, Object>> pages = new ArrayList<>();
                for (PluginDescriptor.DialogPage p : wz.pages()) {
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
            }).orElse(null);
            list.add(entity(text(locale, w.i18nNameKey(), w.name()), text(locale, w.descriptionKey(), w.description()),
                    iconUrl, item.itemCompleteKey(), item.blueprintCompleteKey(), item.contentBlueprintId(),
                    item.blueprint().createResult(), wizard));
        }
        return list;
    }

    private static Map<String, Object> entity(String name, String description, String iconUrl, String itemKey,
                                              String blueprintKey, UUID id, String createResult, Object wizard) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("description", description);
        m.put("styleClass", null);
        m.put("iconURL", iconUrl);
        m.put("itemModuleCompleteKey", itemKey);
        m.put("blueprintModuleCompleteKey", blueprintKey);
        m.put("contentBlueprintId", id.toString());
        m.put("templateId", null);
        m.put("createResult", createResult);
        m.put("howToUseTemplate", null);
        m.put("directLink", null);
        m.put("skipHowToUse", false);
        m.put("wizard", wizard);
        m.put("isNew", false);
        m.put("isPromoted", false);
        return m;
    }

    private String text(Locale locale, String key, String fallback) {
        if (key == null) {
            return fallback == null ? "" : fallback;
        }
        return plugin.i18n().format(locale, key);
    }
}
