package se.planprocess.osgi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Packages and classes of jars, and the stand-in bundles the tests build from plain jars. */
final class Jars {
    private Jars() {
    }

    /** The jar (or directory) on the test class path that holds a class. */
    static Path jarOf(String className) {
        try {
            return Path.of(Class.forName(className, false, Jars.class.getClassLoader())
                    .getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (ClassNotFoundException | URISyntaxException e) {
            throw new IllegalStateException("not on the test class path: " + className, e);
        }
    }

    /** Every package with at least one class in the jar. */
    static Set<String> packages(Path jar) {
        Set<String> packages = new TreeSet<>();
        for (String name : classNames(jar)) {
            int dot = name.lastIndexOf('.');
            if (dot > 0) {
                packages.add(name.substring(0, dot));
            }
        }
        return packages;
    }

    /** Binary names of every class in the jar (no module-info, no multi-release variants). */
    static List<String> classNames(Path jar) {
        List<String> names = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                    names.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /**
     * A bundle made of the classes of {@code source} whose package passes {@code include}, exporting each of those
     * packages at {@code version(package)} and importing whatever it needs dynamically: how a stand-in of a host
     * component appears to the app.
     */
    static Path standInBundle(Path source, Path target, String symbolicName, Predicate<String> include,
                              java.util.function.Function<String, String> version) {
        Set<String> exported = new TreeSet<>();
        for (String pkg : packages(source)) {
            if (include.test(pkg)) {
                exported.add(pkg);
            }
        }
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Export-Package", String.join(",", exported.stream()
                .map(p -> p + ";version=\"" + version.apply(p) + "\"").toList()));
        main.putValue("DynamicImport-Package", "*");
        try {
            Files.createDirectories(target.getParent());
            try (JarFile in = new JarFile(source.toFile());
                 OutputStream file = Files.newOutputStream(target);
                 JarOutputStream out = new JarOutputStream(file, manifest)) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (entry.isDirectory() || name.startsWith("META-INF/")) {
                        continue;
                    }
                    int slash = name.lastIndexOf('/');
                    String pkg = slash < 0 ? "" : name.substring(0, slash).replace('/', '.');
                    if (!exported.contains(pkg) && name.endsWith(".class")) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(name));
                    in.getInputStream(entry).transferTo(out);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** A copy of a jar, manifest included, without the entries {@code drop} selects. */
    static Path copyWithout(Path source, Path target, Predicate<String> drop) {
        try {
            Files.createDirectories(target.getParent());
            try (JarFile in = new JarFile(source.toFile());
                 OutputStream file = Files.newOutputStream(target);
                 JarOutputStream out = new JarOutputStream(file, in.getManifest())) {
                Enumeration<JarEntry> entries = in.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    if (entry.getName().equals("META-INF/MANIFEST.MF") || drop.test(entry.getName())) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.getInputStream(entry).transferTo(out);
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
