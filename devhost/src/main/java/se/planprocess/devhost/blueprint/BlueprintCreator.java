package se.planprocess.devhost.blueprint;

import com.atlassian.confluence.pages.Page;
import com.atlassian.plugin.web.ContextProvider;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.devhost.content.ContentException;
import se.planprocess.devhost.content.PageService;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.plugin.PluginDescriptor;
import se.planprocess.devhost.render.BundleI18nResolver;
import se.planprocess.devhost.render.CurrentLocale;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.store.PageStore;

/**
 * Creates a page from a blueprint as Confluence's create-content plugin does: the blueprint context map (wizard
 * fields, spaceKey, blueprintKey, templateLabel…), the context provider, the title from ContentPageTitle, the
 * expanded content template, the index-key label, then PageCreateEvent and BlueprintPageCreateEvent.
 */
public final class BlueprintCreator {
    private static final Logger LOG = LoggerFactory.getLogger(BlueprintCreator.class);

    private final LoadedPlugin plugin;
    private final BlueprintCatalog catalog;
    private final PageService pageService;
    private final PageStore pages;
    private final DevPermissionManager permissions;
    private final BundleI18nResolver hostText;

    public BlueprintCreator(LoadedPlugin plugin, BlueprintCatalog catalog, PageService pageService, PageStore pages,
                            DevPermissionManager permissions, BundleI18nResolver hostText) {
        this.plugin = plugin;
        this.catalog = catalog;
        this.pageService = pageService;
        this.pages = pages;
        this.permissions = permissions;
        this.hostText = hostText;
    }

    public Page create(DevUser user, String itemKey, String spaceKey, Map<String, Object> fields) {
        BlueprintCatalog.Item item = catalog.byWebItem(itemKey)
                .or(() -> catalog.items().stream()
                        .filter(i -> plugin.descriptor().completeKey(i.blueprint().key()).equals(itemKey)).findFirst())
                .orElseThrow(() -> new BlueprintException(400, text("devhost.blueprint.unknown", itemKey)));
        if (spaceKey == null || !permissions.canEditSpace(user, spaceKey)) {
            throw new BlueprintException(403, text("devhost.blueprint.nopermission", spaceKey));
        }
        PluginDescriptor d = plugin.descriptor();
        PluginDescriptor.BlueprintModule blueprint = item.blueprint();
        String templateKey = blueprint.contentTemplateKeys().isEmpty() ? null : blueprint.contentTemplateKeys().get(0);
        PluginDescriptor.ContentTemplateModule template = Optional.ofNullable(templateKey).flatMap(d::contentTemplate)
                .orElseThrow(() -> new BlueprintException(500, "Blueprint " + blueprint.key() + " has no content template"));
        Map<String, Object> context = new HashMap<>(fields == null ? Map.of() : fields);
        context.put("spaceKey", spaceKey);
        context.put("blueprintKey", d.completeKey(blueprint.key()));
        context.put("blueprintId", UUID.nameUUIDFromBytes(d.completeKey(blueprint.key()).getBytes(StandardCharsets.UTF_8))
                .toString());
        context.put("templateLabel", blueprint.indexKey());
        context.put("analyticsKey", blueprint.indexKey());
        context.put("createResult", blueprint.createResult());
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin.classLoader());
        try {
            ContextProvider provider = plugin.contextProvider(template.key());
            Map<String, Object> result = context;
            if (provider != null) {
                try {
                    Map<String, Object> returned = provider.getContextMap(context);
                    result = returned == null ? context : returned;
                } catch (RuntimeException e) {
                    LOG.info("Context provider of {} refused: {}", template.key(), e.toString());
                    throw new BlueprintException(400, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                }
            }
            Object title = result.get("ContentPageTitle");
            if (title == null || title.toString().isBlank()) {
                title = result.get("title");
            }
            if (title == null || title.toString().isBlank()) {
                throw new BlueprintException(400, text("devhost.blueprint.notitle"));
            }
            String pageTitle = title.toString().trim();
            if (pages.currentByTitle(spaceKey, pageTitle).isPresent()) {
                throw new BlueprintException(409, text("devhost.blueprint.exists", pageTitle));
            }
            byte[] xml = plugin.resource(template.templateLocation());
            if (xml == null) {
                throw new BlueprintException(500, "Template resource missing: " + template.templateLocation());
            }
            String body = TemplateExpander.expand(new String(xml, StandardCharsets.UTF_8), result, plugin.i18n());
            try {
                return pageService.createFromBlueprint(user, spaceKey, pageTitle, body, blueprint.indexKey(), result);
            } catch (ContentException e) {
                throw new BlueprintException(409, e.getMessage());
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The blueprint's {@code create-result} ("view" or "edit") for a Create dialog item key. */
    public String createResult(String itemKey) {
        return catalog.byWebItem(itemKey).map(i -> i.blueprint().createResult()).orElse("view");
    }

    private String text(String key, Object... args) {
        return hostText.format(CurrentLocale.get(), key, args);
    }
}
