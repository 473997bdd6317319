package se.planprocess.devhost;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.confluence.labels.LabelManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.devhost.blueprint.BlueprintCatalog;
import se.planprocess.devhost.blueprint.BlueprintCreator;
import se.planprocess.devhost.blueprint.SpaceBlueprintCatalog;
import se.planprocess.devhost.blueprint.SpaceBlueprintCreator;
import se.planprocess.devhost.content.DevClusterLockService;
import se.planprocess.devhost.content.DevLabelManager;
import se.planprocess.devhost.content.DevPageManager;
import se.planprocess.devhost.content.DevSpaceManager;
import se.planprocess.devhost.content.EntityMapper;
import se.planprocess.devhost.content.PageService;
import se.planprocess.devhost.content.SpaceService;
import se.planprocess.devhost.demo.DemoHttpClient;
import se.planprocess.devhost.demo.DemoRegion;
import se.planprocess.devhost.event.DevEventPublisher;
import se.planprocess.devhost.osgi.HostPackages;
import se.planprocess.devhost.plugin.LoadedPlugin;
import se.planprocess.devhost.plugin.PluginJarLocator;
import se.planprocess.devhost.plugin.PluginLoader;
import se.planprocess.devhost.render.BundleI18nResolver;
import se.planprocess.devhost.render.DevPageBuilderService;
import se.planprocess.devhost.render.StorageRenderer;
import se.planprocess.devhost.security.DevPermissionManager;
import se.planprocess.devhost.security.DevSalUserManager;
import se.planprocess.devhost.security.UserDirectory;
import se.planprocess.devhost.store.Database;
import se.planprocess.devhost.store.MetaStore;
import se.planprocess.devhost.store.PageRecord;
import se.planprocess.devhost.store.PageStore;
import se.planprocess.devhost.store.Schema;
import se.planprocess.devhost.store.SpaceStore;
import se.planprocess.devhost.store.UserStore;
import se.planprocess.devhost.web.AuthFilter;
import se.planprocess.devhost.web.CreateContentServlet;
import se.planprocess.devhost.web.HostContext;
import se.planprocess.devhost.web.Layout;
import se.planprocess.devhost.web.RequestLimits;
import se.planprocess.devhost.web.WebResources;
import se.planprocess.devhost.web.WebServer;

/** The running host: database, host services, the loaded plugin and the web server, wired by hand. */
public final class Devhost implements AutoCloseable {
    public static final String CONTEXT_PATH = "/confluence";
    public static final String BIND_HOST = "127.0.0.1";
    /** The plugin's Spring bean that {@code --clock} replaces by a fixed {@link Clock}. */
    public static final String CLOCK_BEAN = "planprocessClock";
    /** With --clock: the app's clock, set back while the demo is seeded; else null (the app's own clock runs). */
    private DemoClock demoClock;
    private static final Logger LOG = LoggerFactory.getLogger(Devhost.class);
    /** Jersey logs through java.util.logging; only its errors are worth stderr. */
    private static final java.util.logging.Logger JERSEY_LOG = java.util.logging.Logger.getLogger("org.glassfish");

    static {
        JERSEY_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    private final Database database;
    private final DevEventPublisher events;
    private final PageService pageService;
    private final SpaceService spaceService;
    private final UserDirectory directory;
    private final PageStore pages;
    private final LoadedPlugin plugin;
    private final WebServer server;
    private final DemoRegion demo;
    private final boolean demoCreatedNow;

    private Devhost(DevhostOptions options) throws Exception {
        Path jar = options.pluginJar() != null ? options.pluginJar() : PluginJarLocator.locate(Path.of(""));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("Plugin jar not found: " + jar);
        }
        if (options.reset() && options.dbUrl() == null) {
            deleteRecursively(options.dataDir());
        }
        if (options.dbUrl() == null) {
            Files.createDirectories(options.dataDir());
        }
        database = new Database(options.jdbcUrl(), options.jdbcUser(), options.jdbcPassword());
        if (options.reset() && options.dbUrl() != null) {
            database.dropTables(Schema.tablePrefix(), "AO_");
        }
        Schema.create(database);
        Clock clock = Clock.systemDefaultZone();
        UserStore userStore = new UserStore(database);
        SpaceStore spaces = new SpaceStore(database);
        pages = new PageStore(database);
        MetaStore meta = new MetaStore(database);
        directory = new UserDirectory(userStore);
        DevPermissionManager permissions = new DevPermissionManager(spaces, pages, directory);
        events = new DevEventPublisher();
        EntityMapper mapper = new EntityMapper(spaces, pages, directory);
        pageService = new PageService(database, pages, spaces, mapper, events, clock);
        spaceService = new SpaceService(database, spaces, pages, mapper, events, clock);
        DevPageBuilderService pageBuilder = new DevPageBuilderService();

        demo = new DemoRegion(userStore, spaces, pages, spaceService, pageService, directory, meta);
        demoCreatedNow = options.demo() && !demo.isCreated();
        if (demoCreatedNow) {
            LocalDate today = options.clock() == null ? LocalDate.now(clock)
                    : LocalDate.ofInstant(options.clock(), ZoneId.systemDefault());
            demo.create(today);
        }

        Map<String, Object> hostServices = new LinkedHashMap<>();
        hostServices.put(PageManager.class.getName(), new DevPageManager(pages, mapper));
        hostServices.put(SpaceManager.class.getName(), new DevSpaceManager(mapper));
        hostServices.put(PermissionManager.class.getName(), permissions);
        hostServices.put(LabelManager.class.getName(), new DevLabelManager(pages, spaces, mapper));
        hostServices.put(ClusterLockService.class.getName(), new DevClusterLockService());
        hostServices.put(EventPublisher.class.getName(), events);
        hostServices.put(UserManager.class.getName(), new DevSalUserManager(directory));
        hostServices.put(com.atlassian.confluence.user.UserAccessor.class.getName(),
                new se.planprocess.devhost.security.DevUserAccessor(directory));
        hostServices.put(PageBuilderService.class.getName(), pageBuilder);
        hostServices.put(com.atlassian.sal.api.ApplicationProperties.class.getName(),
                new se.planprocess.devhost.security.DevApplicationProperties(CONTEXT_PATH, this::baseUrl));
        // The one deliberate difference from Confluence: with --clock the plugin's clock bean is the host's fixed clock.
        demoClock = options.clock() == null ? null : new DemoClock(options.clock());
        Map<String, Object> overrides = demoClock == null ? Map.of() : Map.of(CLOCK_BEAN, demoClock);
        plugin = new PluginLoader(hostServices, database, Devhost.class.getClassLoader(),
                HostPackages.of(options.hiddenPackages()), overrides).load(jar);

        BundleI18nResolver hostText = new BundleI18nResolver(Devhost.class.getClassLoader(), "devhost/i18n/host");
        StorageRenderer storageRenderer = new StorageRenderer(plugin::macro, hostText,
                (spaceKey, title) -> pages.currentByTitle(spaceKey, title).map(PageRecord::id), CONTEXT_PATH);
        BlueprintCatalog catalog = new BlueprintCatalog(plugin, CONTEXT_PATH);
        BlueprintCreator creator = new BlueprintCreator(plugin, catalog, pageService, pages, spaces, permissions, hostText);
        SpaceBlueprintCatalog spaceCatalog = new SpaceBlueprintCatalog(plugin, CONTEXT_PATH);
        SpaceBlueprintCreator spaceCreator = new SpaceBlueprintCreator(plugin, spaceCatalog, spaceService, spaces, mapper,
                permissions, events, hostText);
        Layout layout = new Layout(hostText, new WebResources(plugin, CONTEXT_PATH),
                user -> {
                    List<Map<String, String>> list = new ArrayList<>();
                    spaces.all().stream().filter(s -> permissions.canEditSpace(user, s.key()))
                            .forEach(s -> list.add(Map.of("key", s.key(), "name", s.name())));
                    return list;
                }, CONTEXT_PATH, permissions::isConfluenceAdministrator).withCreateSpace(permissions::canCreateSpace);
        HostContext host = new HostContext(CONTEXT_PATH, plugin, directory, spaces, pages, permissions, pageService,
                mapper, storageRenderer, pageBuilder, creator, layout);
        server = new WebServer(BIND_HOST, options.port(), host, new AuthFilter(directory, pageBuilder),
                new RequestLimits(hostText), new CreateContentServlet(creator, catalog, spaceCreator, spaceCatalog, spaces,
                permissions, hostText, CONTEXT_PATH), permissions);
        server.start();
    }

    /** Starts the host; returns when it accepts requests. */
    public static Devhost start(DevhostOptions options) {
        try {
            return new Devhost(options);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The devhost did not start: " + e.getMessage(), e);
        }
    }

    /** Runs the demo hook when the demo region was created by this start. */
    public void seedAppDataIfNew() {
        if (demoCreatedNow) {
            demo.seedAppData(new DemoHttpClient(URI.create(baseUrl())), demoClock);
        }
    }

    public String baseUrl() {
        return "http://" + BIND_HOST + ":" + server.port() + CONTEXT_PATH;
    }

    public int port() {
        return server.port();
    }

    public EventPublisher eventPublisher() {
        return events;
    }

    public PageService pageService() {
        return pageService;
    }

    public SpaceService spaceService() {
        return spaceService;
    }

    public UserDirectory users() {
        return directory;
    }

    public PageStore pages() {
        return pages;
    }

    public Database database() {
        return database;
    }

    public LoadedPlugin plugin() {
        return plugin;
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (Exception e) {
            LOG.warn("Stopping Jetty failed", e);
        }
        plugin.close();
        database.closePooledDataSource();
        if (database.url().startsWith("jdbc:h2:file:")) {
            try {
                database.execute("SHUTDOWN");
            } catch (RuntimeException e) {
                LOG.debug("H2 shutdown", e);
            }
        }
        database.close();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
