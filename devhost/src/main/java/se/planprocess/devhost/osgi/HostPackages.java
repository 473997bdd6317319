package se.planprocess.devhost.osgi;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The packages the host exports to plugins, like Confluence's system bundle and bundled plugins: the JDK's exported
 * packages and, of the host's class path, only the API families Confluence exports to apps (the Atlassian API
 * stand-ins, Active Objects, Jackson 2, the servlet, JAX-RS and javax.inject APIs, SLF4J). The host's own
 * implementation (Jetty, Jersey, H2, Velocity, jsoup, the devhost) is not exported. Packages can be hidden, as
 * Confluence's {@code DmzResolverHook} hides internal packages from apps.
 */
public final class HostPackages {
    /** Package families of the host's class path that are exported (a prefix, or the exact package). */
    static final List<String> EXPORTED_FAMILIES = List.of("com.atlassian.", "net.java.ao", "com.fasterxml.jackson.",
            "javax.servlet", "javax.ws.rs", "javax.inject", "javax.annotation", "org.slf4j");
    private static Set<String> classPathPackages;

    private final Set<String> exported;
    private final Set<String> hidden;

    private HostPackages(Set<String> exported, Set<String> hidden) {
        this.exported = exported;
        this.hidden = Set.copyOf(hidden);
    }

    /** The host's exports, less the hidden packages. */
    public static HostPackages of(Set<String> hiddenPackages) {
        Set<String> all = new HashSet<>();
        for (Module module : ModuleLayer.boot().modules()) {
            for (String pkg : module.getPackages()) {
                if (module.isExported(pkg)) {
                    all.add(pkg);
                }
            }
        }
        for (String pkg : classPathPackages()) {
            if (EXPORTED_FAMILIES.stream().anyMatch(f -> f.endsWith(".") ? pkg.startsWith(f)
                    : pkg.equals(f) || pkg.startsWith(f + "."))) {
                all.add(pkg);
            }
        }
        return new HostPackages(Collections.unmodifiableSet(all), hiddenPackages);
    }

    public boolean exports(String packageName) {
        return exported.contains(packageName) && !hidden.contains(packageName);
    }

    public boolean hides(String packageName) {
        return hidden.contains(packageName);
    }

    public Set<String> hidden() {
        return hidden;
    }

    /** The packages with classes on the JVM's class path (jars, their Class-Path entries, and directories). */
    static synchronized Set<String> classPathPackages() {
        if (classPathPackages == null) {
            Set<String> packages = new TreeSet<>();
            Set<Path> seen = new HashSet<>();
            Deque<Path> todo = new ArrayDeque<>();
            for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    todo.add(Path.of(entry).toAbsolutePath().normalize());
                }
            }
            while (!todo.isEmpty()) {
                Path path = todo.poll();
                if (!seen.add(path) || !Files.exists(path)) {
                    continue;
                }
                try {
                    if (Files.isDirectory(path)) {
                        scanDirectory(path, packages);
                    } else {
                        scanJar(path, packages, todo);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read the class path entry " + path, e);
                }
            }
            classPathPackages = Collections.unmodifiableSet(packages);
        }
        return classPathPackages;
    }

    private static void scanDirectory(Path root, Set<String> packages) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(".class")).forEach(p -> {
                Path parent = root.relativize(p).getParent();
                if (parent != null) {
                    packages.add(parent.toString().replace(File.separatorChar, '.'));
                }
            });
        }
    }

    private static void scanJar(Path jar, Set<String> packages, Deque<Path> todo) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName().replaceFirst("^META-INF/versions/\\d+/", "");
                int slash = name.lastIndexOf('/');
                if (name.endsWith(".class") && slash > 0 && !name.startsWith("META-INF/")) {
                    packages.add(name.substring(0, slash).replace('/', '.'));
                }
            }
            Manifest manifest = file.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (classPath != null) {
                for (String element : classPath.trim().split("\\s+")) {
                    try {
                        URI uri = jar.getParent().toUri().resolve(element);
                        todo.add(Path.of(uri).toAbsolutePath().normalize());
                    } catch (IllegalArgumentException e) {
                        // not a file URI: not part of the class path this host can scan
                    }
                }
            }
        }
    }
}
