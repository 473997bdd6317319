package se.planprocess.confluence.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one list of libraries embedded (inlined) in both plugin jars, by Maven coordinates and version, with the
 * packages their classes live in. plugin/pom.xml embeds them with bnd's {@code -includeresource} and copies the same
 * jars to {@code target/embedded-libraries} for the checks; the jar checks fail when the jars embed anything else,
 * any other version, or a changed class, and when that directory and this list disagree.
 */
final class EmbeddedLibraries {
    private EmbeddedLibraries() {
    }

    /** One embedded library. {@code packages} are internal-name prefixes ({@code org/dhatim/fastexcel/}). */
    record Library(String groupId, String artifactId, String version, List<String> packages) {
        String fileName() {
            return artifactId + "-" + version + ".jar";
        }

        Path jar() {
            return DIR.resolve(fileName());
        }

        boolean owns(String entryName) {
            return packages.stream().anyMatch(entryName::startsWith);
        }

        /** The library jar's classes (internal name → bytes), without module-info. */
        Map<String, byte[]> classes() {
            try {
                return new TreeMap<>(LinkageCheck.classFilesIn(jar()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + jar(), e);
            }
        }

        @Override
        public String toString() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    static final Path DIR = Path.of(System.getProperty("planprocess.embeddedLibraries", "target/embedded-libraries"));

    /**
     * fastexcel writes the XLSX exports; opczip is its only run-time dependency (fastexcel's pom). biweekly writes the
     * calendar feed; vinnie is its only run-time dependency besides Jackson (biweekly's pom), which the host provides
     * and which only biweekly's jCal classes use ({@link #HOST_REFERENCES_ALLOWED}).
     */
    static final List<Library> ALL = List.of(
            new Library("org.dhatim", "fastexcel", "0.19.0", List.of("org/dhatim/fastexcel/")),
            new Library("com.github.rzymek", "opczip", "1.2.0", List.of("com/github/rzymek/opczip/")),
            new Library("net.sf.biweekly", "biweekly", "0.6.8", List.of("biweekly/")),
            new Library("com.github.mangstadt", "vinnie", "2.0.2", List.of("com/github/mangstadt/vinnie/")));

    /**
     * The one exception to "embedded classes reference only the JDK and each other": biweekly's jCal (JSON) classes
     * ({@code biweekly.io.json.JCal*}: reader, writer, Jackson module) use Jackson, a host library the app imports anyway
     * (Import-Package {@code com.fasterxml.jackson.core}, {@code .databind}, {@code .annotation}). The app never calls them (it writes
     * iCalendar text only); they link against the host's Jackson like the app's own classes. Class name prefix →
     * the host packages it may reference.
     */
    static final Map<String, List<String>> HOST_REFERENCES_ALLOWED = Map.of(
            "biweekly/io/json/JCal", List.of("com/fasterxml/jackson/core/", "com/fasterxml/jackson/databind/",
                    "com/fasterxml/jackson/annotation/"));

    /** True when an embedded class may reference this host type ({@link #HOST_REFERENCES_ALLOWED}). */
    static boolean hostReferenceAllowed(String embeddedClass, String referencedType) {
        return HOST_REFERENCES_ALLOWED.entrySet().stream()
                .anyMatch(e -> embeddedClass.startsWith(e.getKey())
                        && e.getValue().stream().anyMatch(referencedType::startsWith));
    }

    /**
     * What may never be packaged, embedded library or not: the host's own classes and the libraries Confluence
     * provides to every app (a second copy breaks class identity between the app and the host).
     */
    static final List<String> HOST_PREFIXES = List.of(
            "com/atlassian/", "net/java/ao/", "javax/servlet/", "javax/ws/rs/", "javax/inject/", "jakarta/",
            "com/fasterxml/jackson/", "org/springframework/", "org/eclipse/gemini/", "org/slf4j/", "org/osgi/",
            "org/apache/velocity/", "javax/xml/bind/");

    /** The library an entry of the plugin jar belongs to, or null. */
    static Library libraryOf(String entryName) {
        return ALL.stream().filter(l -> l.owns(entryName)).findFirst().orElse(null);
    }

    static boolean isHostClass(String internalName) {
        return HOST_PREFIXES.stream().anyMatch(internalName::startsWith);
    }

    /** The jars in {@code target/embedded-libraries}, by file name. */
    static List<String> copiedJars() {
        try (var files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("no " + DIR + " (plugin/pom.xml copies the embedded libraries there)", e);
        }
    }
}
