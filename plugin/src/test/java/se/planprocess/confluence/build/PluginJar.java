package se.planprocess.confluence.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;

/**
 * One built plugin jar, read completely with {@link JarFile}: manifest, entries and parsed class files.
 * Locations come from the failsafe system properties set in plugin/pom.xml; the defaults let an IDE run the ITs
 * from the plugin directory after {@code mvn package}.
 */
final class PluginJar {

    static final String JAR_DIR = System.getProperty("planprocess.jarDir", "target");
    static final String FINAL_NAME = System.getProperty("planprocess.finalName", "");
    static final String PLUGIN_KEY = System.getProperty("planprocess.pluginKey", "se.planprocess.confluence");
    static final String AO_NAMESPACE = System.getProperty("planprocess.aoNamespace", "se.planprocess.confluence");

    final Path path;
    final Manifest manifest;
    /** Entry name -> content, in jar order; directories excluded. */
    final Map<String, byte[]> entries = new LinkedHashMap<>();
    /** Internal class name -> parsed class file. */
    final Map<String, ClassFile> classes = new LinkedHashMap<>();

    private PluginJar(Path path) {
        this.path = path;
        try (JarFile jar = new JarFile(path.toFile())) {
            manifest = jar.getManifest();
            Enumeration<JarEntry> all = jar.entries();
            while (all.hasMoreElements()) {
                JarEntry entry = all.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (entries.put(entry.getName(), bytes) != null) {
                        throw new IllegalStateException("Duplicate entry " + entry.getName() + " in " + path);
                    }
                    if (entry.getName().endsWith(".class")) {
                        ClassFile classFile = ClassFile.parse(bytes);
                        classes.put(classFile.name, classFile);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }

    /** The Confluence 9.2 jar: {@code <finalName>.jar}. */
    static PluginJar confluence92() {
        return new PluginJar(locate(false));
    }

    /** The Confluence 10 jar: the one whose name contains {@code confluence10}. */
    static PluginJar confluence10() {
        return new PluginJar(locate(true));
    }

    private static Path locate(boolean confluence10) {
        Path dir = Paths.get(JAR_DIR);
        if (!FINAL_NAME.isEmpty()) {
            Path path = dir.resolve(FINAL_NAME + (confluence10 ? "-confluence10" : "") + ".jar");
            if (!Files.isRegularFile(path)) {
                throw new IllegalStateException("Plugin jar not built: " + path + " (run mvn verify / package)");
            }
            return path;
        }
        try (var files = Files.list(dir)) {
            List<Path> candidates = files
                    .filter(p -> p.getFileName().toString().startsWith("planprocess-confluence-"))
                    .filter(p -> p.getFileName().toString().endsWith(".jar"))
                    .filter(p -> p.getFileName().toString().contains("confluence10") == confluence10)
                    .toList();
            if (candidates.size() != 1) {
                throw new IllegalStateException("Expected one plugin jar in " + dir + ", found " + candidates);
            }
            return candidates.get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String projectVersion() {
        String version = System.getProperty("planprocess.projectVersion");
        if (version != null) {
            return version;
        }
        Path pomProperties = Paths.get("target/maven-archiver/pom.properties");
        try (InputStream in = Files.newInputStream(pomProperties)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("No planprocess.projectVersion and no " + pomProperties, e);
        }
    }

    String mainAttribute(String name) {
        return manifest.getMainAttributes().getValue(name);
    }

    Set<String> mainAttributeNames() {
        Set<String> names = new TreeSet<>();
        for (Object key : manifest.getMainAttributes().keySet()) {
            names.add(((Attributes.Name) key).toString());
        }
        return names;
    }

    List<ManifestHeader.Clause> importPackage() {
        return ManifestHeader.parse(mainAttribute("Import-Package"));
    }

    Set<String> importedPackages() {
        Set<String> packages = new TreeSet<>();
        importPackage().forEach(c -> packages.add(c.name()));
        return packages;
    }

    /** Packages that hold at least one class of this jar. */
    Set<String> ownPackages() {
        Set<String> packages = new TreeSet<>();
        classes.keySet().forEach(name -> packages.add(ClassFile.packageOf(name)));
        return packages;
    }

    boolean hasClass(String binaryName) {
        return entries.containsKey(binaryName.replace('.', '/') + ".class");
    }

    boolean has(String entryName) {
        return entries.containsKey(entryName);
    }

    /** True if at least one file lies under the given directory (with or without trailing slash). */
    boolean hasDirectory(String directory) {
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        return entries.keySet().stream().anyMatch(name -> name.startsWith(prefix));
    }

    String text(String entryName) {
        byte[] bytes = entries.get(entryName);
        if (bytes == null) {
            throw new IllegalStateException(entryName + " is not in " + path.getFileName());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    Document xml(String entryName) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(entries.get(entryName)));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot parse " + entryName + " in " + path.getFileName() + ": " + e, e);
        }
    }

    Set<String> entryNames() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    @Override
    public String toString() {
        return path.getFileName().toString();
    }
}
