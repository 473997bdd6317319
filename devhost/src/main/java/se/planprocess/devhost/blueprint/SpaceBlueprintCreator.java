package se.planprocess.devhost.blueprint;

import com.atlassian.confluence.plugins.createcontent.api.events.SpaceBlueprintCreateEvent;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.web.ContextProvider;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.devhost.content.ContentException;
import se.planprocess.devhost.content.EntityMapper;
import se.planprocess.devhost.content.PageService;
import se.planprocess.devhost.content.SpaceService;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.plugin.PluginDescriptor;
import se.planprocess.devhost.render.BundleI18nResolver;
import se.planprocess.devhost.render.CurrentLocale;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.DevUser;
import se.planprocess.devhost.store.SpaceRecord;
import se.planprocess.devhost.store.SpaceStore;

/**
 * Creates a space from a space blueprint as Confluence's create-content plugin 18.7.17 does (decompiled 8.7.2:
 * {@code SpaceBlueprintResource#createSpace}, {@code DefaultRequestResolver#resolve(CreateBlueprintSpaceEntity, …)}
 * and {@code #validateBlueprintSpaceEntity}, {@code DefaultSpaceBlueprintService#createSpace} and
 * {@code #setHomePage}, {@code DefaultBlueprintManager#createPageFromTemplate},
 * {@code DefaultBlueprintContentGenerator#generateBlueprintPageObject(ContentTemplateRef, Space, Map)}):
 * <ol>
 *   <li>checks, in Confluence's order: a valid global space key, the global create-space permission, no space with
 *   the key, a space blueprint id; then (host additions, the stricter reading) the id is well-formed and names one of
 *   the plugin's space blueprints, and the name is a name;</li>
 *   <li>the space is created (the creator holds view, edit and space admin), then {@code SpaceBlueprintCreateEvent}
 *   is published with the request's context and the creator, before the home page exists;</li>
 *   <li>the home page is made from the blueprint's content template: its context provider gets the request's
 *   context, the map it returns fills the template (every value as escaped text, {@code at:rawxhtml} as markup) and
 *   names the page ({@code ContentPageTitle}, with {@code ParentPageTitle} as a prefix); it replaces the default home
 *   page. A failure there leaves the space as it is (Confluence created it already) and answers 500.</li>
 * </ol>
 */
public final class SpaceBlueprintCreator {
    private static final Logger LOG = LoggerFactory.getLogger(SpaceBlueprintCreator.class);
    /** {@code Space.isValidGlobalSpaceKey}: letters and digits; the host takes ASCII only (the stricter reading). */
    private static final Pattern GLOBAL_KEY = Pattern.compile("[A-Za-z0-9]{1,255}");
    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 4000;

    private final LoadedPlugin plugin;
    private final SpaceBlueprintCatalog catalog;
    private final SpaceService spaceService;
    private final SpaceStore spaces;
    private final EntityMapper mapper;
    private final DevPermissionManager permissions;
    private final EventPublisher events;
    private final BundleI18nResolver hostText;

    @SuppressWarnings("checkstyle:ParameterNumber")
    public SpaceBlueprintCreator(LoadedPlugin plugin, SpaceBlueprintCatalog catalog, SpaceService spaceService,
                                 SpaceStore spaces, EntityMapper mapper, DevPermissionManager permissions,
                                 EventPublisher events, BundleI18nResolver hostText) {
        this.plugin = plugin;
        this.catalog = catalog;
        this.spaceService = spaceService;
        this.spaces = spaces;
        this.mapper = mapper;
        this.permissions = permissions;
        this.events = events;
        this.hostText = hostText;
    }

    public SpaceRecord create(DevUser user, SpaceBlueprintRequest request) {
        String key = request.spaceKey();
        if (key == null || !GLOBAL_KEY.matcher(key).matches()) {
            throw new BlueprintException(400, BlueprintException.INVALID_SPACE_KEY, key,
                    "Invalid space key: " + (key == null ? "null" : LogText.of(key)));
        }
        if (user == null) {
            throw new BlueprintException(400, BlueprintException.PERMISSION_ANONYMOUS_CREATE_SPACE, null,
                    "No permission to create spaces.");
        }
        if (!permissions.canCreateSpace(user)) {
            throw new BlueprintException(400, BlueprintException.PERMISSION_CREATE_SPACE, user.getName(),
                    "No permission to create spaces.");
        }
        if (spaces.all().stream().anyMatch(s -> s.key().equalsIgnoreCase(key))) {
            throw new BlueprintException(400, BlueprintException.DUPLICATED_SPACE, key,
                    "A space already exists with key " + key);
        }
        if (request.spaceBlueprintId() == null) {
            throw new BlueprintException(400, BlueprintException.INVALID_BLUEPRINT, null,
                    "Cannot create space from Blueprint with no id.");
        }
        SpaceBlueprintCatalog.Item item = blueprint(request.spaceBlueprintId());
        String name = name(request.name());
        String description = request.description() == null ? "" : request.description().strip();
        if (description.length() > MAX_DESCRIPTION) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, "description",
                    text("devhost.space.description.long", MAX_DESCRIPTION));
        }
        Map<String, Object> context = request.context();
        spaceService.createForBlueprint(key, name, description, user.getKey().getStringValue(),
                item.blueprint().category());
        Space space = mapper.space(key);
        events.publish(new SpaceBlueprintCreateEvent(this, space, user, context));
        String templateKey = item.blueprint().homePageTemplateKey();
        if (templateKey != null) {
            homePage(user, key, templateKey, context);
        }
        return spaces.byKey(key).orElseThrow();
    }

    private void homePage(DevUser user, String spaceKey, String templateKey, Map<String, Object> context) {
        PluginDescriptor d = plugin.descriptor();
        PluginDescriptor.ContentTemplateModule template = d.contentTemplate(templateKey)
                .orElseThrow(() -> new BlueprintException(500, BlueprintException.UNKNOWN, null,
                        "module descriptor not found [key='" + d.completeKey(templateKey) + "']"));
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(plugin.classLoader());
        try {
            ContextProvider provider = plugin.contextProvider(template.key());
            Map<String, Object> combined = context;
            if (provider != null) {
                try {
                    combined = provider.getContextMap(context);
                } catch (RuntimeException e) {
                    LOG.info("Context provider of {} failed: {}", template.key(), LogText.of(String.valueOf(e)));
                    throw new BlueprintException(500, BlueprintException.UNKNOWN, null,
                            e.getMessage() == null ? "" : e.getMessage());
                }
                if (combined == null) {
                    throw new BlueprintException(500, BlueprintException.UNKNOWN, null,
                            "The context provider of " + d.completeKey(template.key()) + " returned no map");
                }
            }
            String title = combined.get("ContentPageTitle") instanceof String s ? s.trim() : "";
            String prefix = combined.get("ParentPageTitle") instanceof String s ? s.trim() : "";
            if (title.isEmpty()) {
                // Confluence would save a home page with an empty title; the host refuses (the stricter reading).
                throw new BlueprintException(500, BlueprintException.UNKNOWN, null, text("devhost.space.home.notitle"));
            }
            title = prefix.isEmpty() ? title : prefix + " - " + title;
            if (title.length() > PageService.MAX_TITLE_LENGTH) {
                throw new BlueprintException(500, BlueprintException.UNKNOWN, null,
                        text("devhost.title.long", PageService.MAX_TITLE_LENGTH, title.length()));
            }
            byte[] xml = plugin.resource(template.templateLocation());
            if (xml == null) {
                throw new BlueprintException(500, BlueprintException.UNKNOWN, null,
                        "Template resource missing: " + template.templateLocation());
            }
            String body = TemplateExpander.expand(new String(xml, StandardCharsets.UTF_8), combined, plugin.i18n());
            try {
                spaceService.replaceHomePage(spaceKey, title, body, user.getKey().getStringValue());
            } catch (ContentException e) {
                throw new BlueprintException(500, BlueprintException.UNKNOWN, null, e.getMessage());
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private SpaceBlueprintCatalog.Item blueprint(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, "spaceBlueprintId",
                    text("devhost.request.field", "spaceBlueprintId"));
        }
        return catalog.byId(uuid).orElseThrow(() -> new BlueprintException(400, BlueprintException.INVALID_BLUEPRINT,
                null, text("devhost.space.blueprint.unknown")));
    }

    private String name(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty()) {
            throw new BlueprintException(400, BlueprintException.PARAMETER_MISSING, "name", text("devhost.space.name"));
        }
        if (name.length() > MAX_NAME) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, "name",
                    text("devhost.space.name.long", MAX_NAME));
        }
        if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029)) {
            throw new BlueprintException(400, BlueprintException.INVALID_ENTITY, "name",
                    text("devhost.space.name.control"));
        }
        return name;
    }

    private String text(String key, Object... args) {
        Locale locale = CurrentLocale.get();
        return hostText.format(locale, key, args);
    }
}
