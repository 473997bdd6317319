package se.planprocess.devhost.blueprint;

import com.atlassian.confluence.pages.Page;
import com.atlassian.plugin.web.ContextProvider;
import java.nio.charset.StandardCharsets;
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
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.SpaceRecord;
import se.planprocess.devhost.store.SpaceStore;

/**
 * Creates a page from a blueprint as Confluence's create-content plugin 18.7.17 does (decompiled 8.7.2 sources,
 * {@code DefaultContentBlueprintService#createPage}, {@code DefaultRequestResolver#resolve},
 * {@code DefaultBlueprintContentGenerator#generateBlueprintPageObject(CreateBlueprintPageRequest)}):
 * <ol>
 *   <li>the request is resolved (space by key, else by id; blueprint by {@code contentBlueprintId}, else by
 *   {@code moduleCompleteKey}; create permission; the parent page must be visible). The request's context map is
 *   passed on as it came: the resolver adds no key;</li>
 *   <li>only {@code create-result="view"} blueprints are created here, and the request's title must be free;</li>
 *   <li>the context provider gets the request's context map; the map it returns is used only to render the content
 *   template and to take {@code ContentPageTitle} (with {@code ParentPageTitle} as a prefix); the request's
 *   {@code title}, then the request context's {@code title}, override it;</li>
 *   <li>the page is saved with the blueprint's index-key label and {@code BlueprintPageCreateEvent} carries the
 *   request's context map (so only what the provider put into the incoming map reaches listeners).</li>
 * </ol>
 */
public final class BlueprintCreator {
    private static final Logger LOG = LoggerFactory.getLogger(BlueprintCreator.class);

    private final LoadedPlugin plugin;
    private final BlueprintCatalog catalog;
    private final PageService pageService;
    private final PageStore pages;
    private final SpaceStore spaces;
    private final DevPermissionManager permissions;
    private final BundleI18nResolver hostText;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public BlueprintCreator(LoadedPlugin plugin, BlueprintCatalog catalog, PageService pageService, PageStore pages,
                            SpaceStore spaces, DevPermissionManager permissions, BundleI18nResolver hostText) {
        this.plugin = plugin;
        this.catalog = catalog;
        this.pageService = pageService;
        this.pages = pages;
        this.spaces = spaces;
        this.permissions = permissions;
        this.hostText = hostText;
    }

    public Page create(DevUser user, BlueprintPageRequest request) {
        SpaceRecord space = space(request);
        BlueprintCatalog.Item item = blueprint(request);
        PageRecord parent = request.parentPageId() == 0 ? null : pages.byId(request.parentPageId())
                .filter(p -> !p.isTrashed()).orElse(null);
        if (space == null) {
            throw new BlueprintException(400, BlueprintException.INVALID_SPACE, null, "Invalid space.");
        }
        if (item == null) {
            throw new BlueprintException(400, BlueprintException.INVALID_BLUEPRINT, null,
                    "Invalid blueprint module key specified.");
        }
        if (!permissions.canEditSpace(user, space.key())) {
            throw new BlueprintException(400, BlueprintException.PERMISSION_CREATE_PAGE, space.key(),
                    "No permission to create pages in space " + space.key() + ".");
        }
        if (parent != null && !permissions.canViewPage(user, parent)) {
            throw new BlueprintException(400, BlueprintException.PERMISSION_VIEW_PAGE, parent.id(),
                    "No permission to create child pages of " + parent.title() + ".");
        }
        if (request.parentPageId() != 0 && (parent == null || !parent.spaceKey().equals(space.key()))) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, request.parentPageId(),
                    text("devhost.blueprint.parent", request.parentPageId()));
        }
        PluginDescriptor.BlueprintModule blueprint = item.blueprint();
        if (!"view".equals(blueprint.createResult())) {
            throw new BlueprintException(400, BlueprintException.INVALID_CREATE_RESULT, blueprint.createResult(),
                    "Attempted to create a page that needs to go to the editor.");
        }
        requireFreeTitle(space.key(), request.title());
        if (request.viewPermissionsUsers() != null && !request.viewPermissionsUsers().isBlank()) {
            throw new BlueprintException(403, BlueprintException.PERMISSION_SET_PAGE_RESTRICTIONS, null,
                    text("devhost.blueprint.restrictions"));
        }
        PluginDescriptor d = plugin.descriptor();
        PluginDescriptor.ContentTemplateModule template = contentTemplate(request, blueprint);
        Map<String, Object> requestContext = request.context();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin.classLoader());
        try {
            ContextProvider provider = plugin.contextProvider(template.key());
            Map<String, Object> templateContext = requestContext;
            if (provider != null) {
                try {
                    templateContext = provider.getContextMap(requestContext);
                } catch (RuntimeException e) {
                    // create-content's RestExceptionMapper answers any other exception with 500 and its message.
                    LOG.info("Context provider of {} failed: {}", template.key(), LogText.of(String.valueOf(e)));
                    throw new BlueprintException(500, BlueprintException.UNKNOWN, null,
                            e.getMessage() == null ? "" : e.getMessage());
                }
                if (templateContext == null) {
                    throw new BlueprintException(500, BlueprintException.UNKNOWN, null,
                            "The context provider of " + d.completeKey(template.key()) + " returned no map");
                }
            }
            String pageTitle = title(request, requestContext, templateContext);
            if (pageTitle.isBlank()) {
                throw new BlueprintException(400, BlueprintException.PARAMETER_MISSING, "title",
                        text("devhost.blueprint.notitle"));
            }
            if (pageTitle.length() > PageService.MAX_TITLE_LENGTH) {
                throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, "title",
                        text("devhost.title.long", PageService.MAX_TITLE_LENGTH, pageTitle.length()));
            }
            requireFreeTitle(space.key(), pageTitle);
            byte[] xml = plugin.resource(template.templateLocation());
            if (xml == null) {
                throw new BlueprintException(500, BlueprintException.UNKNOWN, null,
                        "Template resource missing: " + template.templateLocation());
            }
            String body = TemplateExpander.expand(new String(xml, StandardCharsets.UTF_8), templateContext, plugin.i18n());
            try {
                return pageService.createFromBlueprint(user, space.key(), parent == null ? null : parent.id(),
                        pageTitle, body, blueprint.indexKey(), requestContext);
            } catch (ContentException e) {
                throw new BlueprintException(400, BlueprintException.DUPLICATED_TITLE, pageTitle,
                        "Attempted to create a page with the same title as an existing page.");
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private SpaceRecord space(BlueprintPageRequest request) {
        if (request.spaceKey() != null && !request.spaceKey().isBlank()) {
            return spaces.byKey(request.spaceKey()).orElse(null);
        }
        return spaces.all().stream().filter(s -> s.id() == request.spaceId()).findFirst().orElse(null);
    }

    private BlueprintCatalog.Item blueprint(BlueprintPageRequest request) {
        if (request.contentBlueprintId() != null && !request.contentBlueprintId().isBlank()) {
            UUID id;
            try {
                id = UUID.fromString(request.contentBlueprintId());
            } catch (IllegalArgumentException e) {
                throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, "contentBlueprintId",
                        text("devhost.request.field", "contentBlueprintId"));
            }
            return catalog.byContentBlueprintId(id).orElse(null);
        }
        return request.moduleCompleteKey() == null ? null : catalog.byBlueprintKey(request.moduleCompleteKey()).orElse(null);
    }

    /** The first content template, or the one the request names by {@code contentTemplateKey} (relative key). */
    private PluginDescriptor.ContentTemplateModule contentTemplate(BlueprintPageRequest request,
                                                                   PluginDescriptor.BlueprintModule blueprint) {
        PluginDescriptor d = plugin.descriptor();
        if (request.contentTemplateId() != null && !request.contentTemplateId().isBlank()) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, "contentTemplateId",
                    text("devhost.request.field", "contentTemplateId"));
        }
        String key = blueprint.contentTemplateKeys().isEmpty() ? null : blueprint.contentTemplateKeys().get(0);
        String wanted = request.contentTemplateKey();
        if (wanted != null && !wanted.isBlank()) {
            String relative = wanted.startsWith(d.key() + ":") ? wanted.substring(d.key().length() + 1) : wanted;
            if (!blueprint.contentTemplateKeys().contains(relative)) {
                throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, "contentTemplateKey",
                        text("devhost.request.field", "contentTemplateKey"));
            }
            key = relative;
        }
        return Optional.ofNullable(key).flatMap(d::contentTemplate)
                .orElseThrow(() -> new BlueprintException(500, BlueprintException.UNKNOWN, null,
                        "Blueprint " + blueprint.key() + " has no content template"));
    }

    /**
     * {@code ContentPageTitle} of the provider's map (prefixed by its {@code ParentPageTitle}), overridden by the
     * request's title, then by the request context's {@code title}.
     */
    private static String title(BlueprintPageRequest request, Map<String, Object> requestContext,
                                Map<String, Object> templateContext) {
        String custom = request.title();
        if (custom == null || custom.isBlank()) {
            custom = requestContext.get("title") instanceof String s ? s : null;
        }
        if (custom != null && !custom.isBlank()) {
            return custom.trim();
        }
        String title = templateContext.get("ContentPageTitle") instanceof String s ? s : "";
        if (title.isBlank()) {
            return "";
        }
        String prefix = templateContext.get("ParentPageTitle") instanceof String s ? s : "";
        return (prefix.isBlank() ? title : prefix + " - " + title).trim();
    }

    private void requireFreeTitle(String spaceKey, String title) {
        if (title != null && pages.currentByTitle(spaceKey, title.trim()).isPresent()) {
            throw new BlueprintException(400, BlueprintException.DUPLICATED_TITLE, title,
                    "Attempted to create a page with the same title as an existing page.");
        }
    }

    private String text(String key, Object... args) {
        return hostText.format(CurrentLocale.get(), key, args);
    }
}
