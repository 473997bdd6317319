package se.planprocess.devhost.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.plugin.PluginException;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.servlet.http.HttpServlet;
import net.java.ao.RawEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.planprocess.devhost.osgi.BundleClassLoader;
import se.planprocess.devhost.osgi.BundleManifest;
import se.planprocess.devhost.osgi.HostPackages;
import se.planprocess.devhost.render.BundleI18nResolver;
import se.planprocess.devhost.render.VelocityTemplateRenderer;
import se.planprocess.devhost.spring.PluginContainer;
import se.planprocess.devhost.spring.SpringContextFile;
import se.planprocess.devhost.store.Database;
import se.planprocess.hostao.AoDatabase;
import se.planprocess.hostao.EntityManagerActiveObjects;

/**
 * Loads a plugin jar as Confluence does: the bundle's imports resolved against the host's exports (its class loader
 * sees only the host packages it imports), the descriptor, Active Objects migration, the Spring context
 * (osgi:reference + beans), then the module objects created by autowiring.
 */
public final class PluginLoader {
    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    private final Map<String, Object> hostServices;
    private final Database database;
    private final ClassLoader hostClassLoader;
    private final HostPackages exports;
    private final Map<String, Object> beanOverrides;

    /**
     * @param hostServices the services every plugin may import, by interface name
     * @param exports the packages the host exports to plugins
     * @param beanOverrides plugin beans the host replaces by its own object, by bean id
     */
    public PluginLoader(Map<String, Object> hostServices, Database database, ClassLoader hostClassLoader,
                        HostPackages exports, Map<String, Object> beanOverrides) {
        this.hostServices = hostServices;
        this.database = database;
        this.hostClassLoader = hostClassLoader;
        this.exports = exports;
        this.beanOverrides = beanOverrides;
    }

    public LoadedPlugin load(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new PluginException("Plugin jar not found: " + jar);
        }
        PluginDescriptor descriptor;
        BundleManifest manifest;
        List<SpringContextFile> springFiles = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            manifest = BundleManifest.of(file.getManifest());
            if (manifest == null) {
                throw new PluginException(jar + " is not an OSGi bundle (its manifest has no Bundle-SymbolicName): the"
                        + " host loads only plugins with their own OSGi manifest, not plugins the platform transforms");
            }
            JarEntry entry = file.getJarEntry("atlassian-plugin.xml");
            if (entry == null) {
                throw new PluginException(jar + " has no atlassian-plugin.xml");
            }
            try (InputStream in = file.getInputStream(entry)) {
                descriptor = DescriptorParser.parse(in);
            }
            List<JarEntry> springEntries = Collections.list(file.entries()).stream()
                    .filter(e -> e.getName().startsWith("META-INF/spring/") && e.getName().endsWith(".xml"))
                    .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
            for (JarEntry spring : springEntries) {
                try (InputStream in = file.getInputStream(spring)) {
                    springFiles.add(SpringContextFile.parse(spring.getName(), in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + jar, e);
        }
        URLClassLoader classLoader = BundleClassLoader.resolve(manifest, url(jar), hostClassLoader, exports);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            BundleI18nResolver i18n = new BundleI18nResolver(classLoader, descriptor.i18nLocation());
            VelocityTemplateRenderer renderer = new VelocityTemplateRenderer(classLoader);
            ActiveObjects ao = activeObjects(descriptor, classLoader);
            Map<String, Object> services = new LinkedHashMap<>(hostServices);
            services.put(I18nResolver.class.getName(), i18n);
            services.put(TemplateRenderer.class.getName(), renderer);
            services.put(ActiveObjects.class.getName(), ao);
            PluginContainer container = new PluginContainer(classLoader, springFiles, services, beanOverrides);
            container.start();
            Map<String, Macro> macros = new LinkedHashMap<>();
            for (PluginDescriptor.MacroModule m : descriptor.macros()) {
                macros.put(m.name(), module(container, m.className(), Macro.class, "xhtml-macro " + m.key()));
            }
            Map<String, ContextProvider> providers = new LinkedHashMap<>();
            for (PluginDescriptor.ContentTemplateModule t : descriptor.contentTemplates()) {
                if (t.contextProviderClass() != null) {
                    ContextProvider provider = module(container, t.contextProviderClass(), ContextProvider.class,
                            "content-template " + t.key());
                    provider.init(t.contextProviderParams());
                    providers.put(t.key(), provider);
                }
            }
            Map<PluginDescriptor.RestModule, List<Object>> rest = new LinkedHashMap<>();
            for (PluginDescriptor.RestModule r : descriptor.rests()) {
                List<Object> components = new ArrayList<>();
                for (Class<?> type : restClasses(jar, r, container)) {
                    components.add(container.autowire(type));
                }
                rest.put(r, components);
            }
            Map<PluginDescriptor.ServletModule, HttpServlet> servlets = new LinkedHashMap<>();
            for (PluginDescriptor.ServletModule s : descriptor.servlets()) {
                servlets.put(s, module(container, s.className(), HttpServlet.class, "servlet " + s.key()));
            }
            LOG.info("Plugin {} {} loaded from {}: {} beans, {} macros, {} REST modules", descriptor.key(),
                    descriptor.version(), jar, container.beans().size(), macros.size(), rest.size());
            return new LoadedPlugin(jar, descriptor, classLoader, container, i18n, renderer, ao, macros, providers,
                    rest, servlets);
        } catch (RuntimeException | LinkageError e) {
            try {
                classLoader.close();
            } catch (IOException ignored) {
                // already failing
            }
            throw e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static <T> T module(PluginContainer container, String className, Class<T> kind, String what) {
        Class<?> type = container.loadClass(className);
        if (!kind.isAssignableFrom(type)) {
            throw new PluginException(what + ": " + className + " does not implement " + kind.getName());
        }
        return kind.cast(container.autowire(type));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ActiveObjects activeObjects(PluginDescriptor descriptor, ClassLoader classLoader) {
        String namespace = descriptor.ao().map(PluginDescriptor.AoModule::namespace).orElse(null);
        if (namespace == null) {
            namespace = descriptor.key();
        }
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(
                AoDatabase.entityManager(database.pooledDataSource(), database.url(), namespace));
        List<String> entities = descriptor.ao().map(PluginDescriptor.AoModule::entities).orElse(List.of());
        if (!entities.isEmpty()) {
            Class[] classes = new Class[entities.size()];
            for (int i = 0; i < classes.length; i++) {
                try {
                    classes[i] = Class.forName(entities.get(i), true, classLoader);
                } catch (ClassNotFoundException e) {
                    throw new PluginException("ao entity " + entities.get(i) + " is not in the plugin", e);
                }
                if (!RawEntity.class.isAssignableFrom(classes[i])) {
                    throw new PluginException("ao entity " + entities.get(i) + " is not an Active Objects entity");
                }
            }
            ao.migrate((Class<? extends RawEntity<?>>[]) classes);
        }
        return ao;
    }

    private static List<Class<?>> restClasses(Path jar, PluginDescriptor.RestModule module, PluginContainer container) {
        List<String> prefixes = module.packages().isEmpty() ? List.of("")
                : module.packages().stream().map(p -> p.replace('.', '/') + "/").toList();
        List<Class<?>> classes = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (!name.endsWith(".class") || name.contains("module-info") || name.matches(".*\\$\\d+.*")
                        || prefixes.stream().noneMatch(name::startsWith)) {
                    continue;
                }
                Class<?> type = container.loadClass(name.substring(0, name.length() - 6).replace('/', '.'));
                boolean component = type.isAnnotationPresent(javax.ws.rs.Path.class)
                        || type.isAnnotationPresent(javax.ws.rs.ext.Provider.class);
                if (component && !type.isInterface() && !Modifier.isAbstract(type.getModifiers())) {
                    classes.add(type);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        classes.sort(java.util.Comparator.comparing(Class::getName));
        return classes;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
