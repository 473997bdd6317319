package se.planprocess.osgi;

import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.wiring.BundleWiring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An Apache Felix framework set up as a Confluence line presents itself to an app: the system bundle exports the
 * Java platform plus the line's servlet, JAX-RS, inject, Jackson and SLF4J packages; stand-in bundles built from
 * host-api export the Atlassian packages (Confluence's own, and the create-content plugin's blueprint events in a
 * bundle of their own, since a bundled plugin exports them); a stand-in of the Active Objects plugin exports
 * {@code net.java.ao}; every {@code osgi:reference} of the app is a service registered by the stand-in bundle; and
 * Gemini Blueprint's extender, with Spring, creates the app's Spring context as it does in Confluence.
 */
final class HostFramework implements AutoCloseable {
    static final String CREATE_CONTENT = "com.atlassian.confluence.plugins.createcontent";
    private static final Pattern REFERENCE_INTERFACE =
            Pattern.compile("<osgi:reference\\b[^>]*\\binterface=\"([^\"]+)\"");
    private static final AtomicInteger RUNS = new AtomicInteger();

    /** How the host differs from the plain line in one test. */
    record Setup(HostLine line, boolean withCreateContent, Set<String> missingServices, Set<String> withoutExports) {
        static Setup of(HostLine line) {
            return new Setup(line, true, Set.of(), Set.of());
        }

        Setup withoutCreateContent() {
            return new Setup(line, false, missingServices, withoutExports);
        }

        Setup withoutService(String iface) {
            return new Setup(line, withCreateContent, Set.of(iface), withoutExports);
        }
    }

    /** What became of the app's Spring context. */
    record ContextOutcome(boolean started, String failure, Duration took) {
    }

    private final Setup setup;
    private final Framework framework;
    private final Path work;
    private final CompletableFuture<ContextOutcome> context = new CompletableFuture<>();
    private Bundle app;
    private long startedAt;

    private HostFramework(Setup setup, Framework framework, Path work) {
        this.setup = setup;
        this.framework = framework;
        this.work = work;
    }

    static Path osgiDir() {
        return Path.of(System.getProperty("planprocess.osgiDir", "target/osgi"));
    }

    static Path appJar(HostLine line) {
        return Path.of(System.getProperty("planprocess.pluginJarDir", "../plugin/target"))
                .resolve(System.getProperty("planprocess.pluginJarName") + line.jarSuffix() + ".jar");
    }

    static String pluginKey() {
        return System.getProperty("planprocess.pluginKey", "se.planprocess.confluence");
    }

    /** The packages the system bundle exports beyond the Java platform, as {@code pkg;version="v"} clauses. */
    static List<String> systemExports(Setup setup) {
        Set<String> withoutExports = new TreeSet<>(setup.withoutExports());
        String extra = System.getProperty("planprocess.osgi.withoutExport", "");
        if (!extra.isBlank()) {
            withoutExports.add(extra.trim());
        }
        List<String> clauses = new ArrayList<>();
        for (Map.Entry<String, HostLine.SystemFamily> family : setup.line().systemFamilies().entrySet()) {
            for (String pkg : Jars.packages(Jars.jarOf(family.getValue().probeClass()))) {
                if (pkg.startsWith(family.getKey()) && !withoutExports.contains(pkg)) {
                    clauses.add(pkg + ";version=\"" + family.getValue().version() + "\"");
                }
            }
        }
        return clauses;
    }

    static HostFramework start(Setup setup) throws Exception {
        Path work = Path.of(System.getProperty("planprocess.workDir", "target/felix"))
                .resolve("run-" + RUNS.incrementAndGet());
        deleteTree(work);
        Files.createDirectories(work);
        Map<String, String> config = new HashMap<>();
        config.put(Constants.FRAMEWORK_STORAGE, work.resolve("cache").toString());
        config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",", systemExports(setup)));
        config.put("felix.log.level", "1");
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.init();
        framework.start();
        HostFramework host = new HostFramework(setup, framework, work);
        host.installHost();
        return host;
    }

    private void installHost() throws Exception {
        BundleContext system = framework.getBundleContext();
        List<Bundle> extender = new ArrayList<>();
        try (Stream<Path> jars = Files.list(osgiDir().resolve("extender"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                extender.add(system.installBundle(jar.toUri().toString()));
            }
        }
        HostLine line = setup.line();
        Path hostApi = single(osgiDir().resolve("stand-ins"), "planprocess-host-api", "-" + line.standInSet() + ".jar");
        Path ao = single(osgiDir().resolve("stand-ins"), "activeobjects", ".jar");
        Bundle confluence = system.installBundle(Jars.standInBundle(hostApi, work.resolve("confluence-stand-in.jar"),
                "com.atlassian.confluence.stand-in", pkg -> pkg.startsWith("com.atlassian.")
                        && !pkg.startsWith(CREATE_CONTENT), line::atlassianVersion).toUri().toString());
        List<Bundle> standIns = new ArrayList<>(List.of(confluence));
        if (setup.withCreateContent()) {
            standIns.add(system.installBundle(Jars.standInBundle(hostApi, work.resolve("create-content-stand-in.jar"),
                    "com.atlassian.confluence.plugins.confluence-create-content-plugin.stand-in",
                    pkg -> pkg.startsWith(CREATE_CONTENT), line::atlassianVersion).toUri().toString()));
        }
        standIns.add(system.installBundle(Jars.standInBundle(ao, work.resolve("activeobjects-stand-in.jar"),
                "com.atlassian.activeobjects.stand-in", pkg -> pkg.startsWith("net.java.ao"),
                line::atlassianVersion).toUri().toString()));
        for (Bundle bundle : standIns) {
            bundle.start();
        }
        Bundle geminiExtender = null;
        for (Bundle bundle : extender) {
            if ("org.eclipse.gemini.blueprint.extender".equals(bundle.getSymbolicName())) {
                geminiExtender = bundle;
            } else if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                bundle.start();
            }
        }
        listenForTheAppsContext(bundle("org.eclipse.gemini.blueprint.core"));
        registerHostServices(confluence.getBundleContext(), confluence);
        this.geminiExtender = geminiExtender;
    }

    private Bundle geminiExtender;

    /** Installs the app's jar and starts it; a resolution failure comes back as Felix words it. */
    String installAndStart(Path jar) {
        try {
            app = framework.getBundleContext().installBundle(jar.toUri().toString());
            app.start();
        } catch (BundleException e) {
            return e.getMessage();
        }
        startedAt = System.nanoTime();
        try {
            geminiExtender.start();
        } catch (BundleException e) {
            throw new IllegalStateException("Gemini Blueprint's extender did not start", e);
        }
        return null;
    }

    ContextOutcome awaitContext(Duration atMost) throws Exception {
        return context.get(atMost.toMillis(), TimeUnit.MILLISECONDS);
    }

    Bundle app() {
        return app;
    }

    /** A bean of the app's Spring context, through the context Gemini publishes as a service. */
    Object bean(String id) throws Exception {
        BundleContext system = framework.getBundleContext();
        ServiceReference<?>[] refs = system.getServiceReferences((String) null,
                "(&(objectClass=org.springframework.context.ApplicationContext)"
                        + "(org.springframework.context.service.name=" + app.getSymbolicName() + "))");
        if (refs == null || refs.length == 0) {
            throw new IllegalStateException("the app's ApplicationContext is not published");
        }
        Object applicationContext = system.getService(refs[0]);
        return applicationContext.getClass().getMethod("getBean", String.class).invoke(applicationContext, id);
    }

    /** Loads every class of the app's jar through the bundle's class loader and links its signatures. */
    /**
     * Every class of the jar, the embedded libraries' included, loaded by the app's bundle class loader (from the
     * bundle itself, not wired elsewhere), with its fields, methods, constructors and annotations resolved.
     */
    List<String> classesThatDoNotLoad(Path jar) {
        List<String> failures = new ArrayList<>();
        ClassLoader bundleLoader = app.adapt(BundleWiring.class).getClassLoader();
        for (String name : Jars.classNames(jar)) {
            try {
                Class<?> type = app.loadClass(name);
                if (type.getClassLoader() != bundleLoader) {
                    failures.add(name + ": loaded from " + type.getClassLoader() + ", not from the app's bundle");
                    continue;
                }
                type.getDeclaredFields();
                type.getDeclaredMethods();
                type.getDeclaredConstructors();
                type.getDeclaredAnnotations();
            } catch (Throwable e) {
                failures.add(name + ": " + e);
            }
        }
        return failures;
    }

    static int classCount(Path jar) {
        return Jars.classNames(jar).size();
    }

    /** The interfaces the app imports with osgi:reference, read from its Spring XML. */
    static Set<String> referencedServices(Path jar) {
        Set<String> interfaces = new LinkedHashSet<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            file.stream().filter(e -> e.getName().startsWith("META-INF/spring/") && e.getName().endsWith(".xml"))
                    .forEach(e -> {
                        try {
                            String xml = new String(file.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                            Matcher m = REFERENCE_INTERFACE.matcher(xml);
                            while (m.find()) {
                                interfaces.add(m.group(1));
                            }
                        } catch (IOException ex) {
                            throw new UncheckedIOException(ex);
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return interfaces;
    }

    private void registerHostServices(BundleContext standIn, Bundle standInBundle) throws Exception {
        ClassLoader loader = standInBundle.adapt(BundleWiring.class).getClassLoader();
        for (String iface : referencedServices(appJar(setup.line()))) {
            if (setup.missingServices().contains(iface)) {
                continue;
            }
            Class<?> type = loader.loadClass(iface);
            Object service = Proxy.newProxyInstance(loader, new Class<?>[] {type}, HostFramework::answerNeutrally);
            standIn.registerService(iface, service, null);
        }
    }

    private void listenForTheAppsContext(Bundle geminiCore) throws Exception {
        ClassLoader loader = geminiCore.adapt(BundleWiring.class).getClassLoader();
        String listenerName = "org.eclipse.gemini.blueprint.context.event.OsgiBundleApplicationContextListener";
        Class<?> listenerType = loader.loadClass(listenerName);
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return answerNeutrally(proxy, method, args);
            }
            Object event = args[0];
            Bundle source = (Bundle) event.getClass().getMethod("getBundle").invoke(event);
            if (app != null && source.getBundleId() == app.getBundleId()) {
                Duration took = Duration.ofNanos(System.nanoTime() - startedAt);
                String kind = event.getClass().getSimpleName();
                if (kind.equals("OsgiBundleContextRefreshedEvent")) {
                    context.complete(new ContextOutcome(true, null, took));
                } else if (kind.endsWith("FailedEvent")) {
                    // OsgiBundleContextFailedEvent, or its BootstrappingDependenciesFailedEvent (a service timed out)
                    Throwable cause = (Throwable) event.getClass().getMethod("getFailureCause").invoke(event);
                    context.complete(new ContextOutcome(false, describe(cause), took));
                }
            }
            return null;
        };
        Object listener = Proxy.newProxyInstance(loader, new Class<?>[] {listenerType}, handler);
        geminiCore.getBundleContext().registerService(listenerName, listener, null);
    }

    private static Object answerNeutrally(Object proxy, Method method, Object[] args) {
        switch (method.getName()) {
            case "toString":
                return "stand-in " + method.getDeclaringClass().getName();
            case "hashCode":
                return System.identityHashCode(proxy);
            case "equals":
                return proxy == args[0];
            default:
                break;
        }
        Class<?> type = method.getReturnType();
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class || type == long.class || type == short.class || type == byte.class) {
            return type == long.class ? 0L : type == int.class ? 0 : type == short.class ? (short) 0 : (byte) 0;
        }
        if (type == double.class || type == float.class) {
            return type == double.class ? 0d : 0f;
        }
        if (type == char.class) {
            return '\0';
        }
        return null;
    }

    private static String describe(Throwable cause) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = cause; t != null; t = t.getCause()) {
            text.append(t.getClass().getName()).append(": ").append(t.getMessage()).append('\n');
        }
        return text.toString();
    }

    private Bundle bundle(String symbolicName) {
        for (Bundle bundle : framework.getBundleContext().getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle;
            }
        }
        throw new IllegalStateException("bundle not installed: " + symbolicName);
    }

    private static Path single(Path dir, String prefix, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> matches = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.toString().endsWith(suffix)).toList();
            if (matches.size() != 1) {
                throw new IllegalStateException("expected one " + prefix + " jar in " + dir + ", found " + matches);
            }
            return matches.get(0);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(20_000);
    }
}
