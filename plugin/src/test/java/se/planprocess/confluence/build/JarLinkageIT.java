package se.planprocess.confluence.build;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every reference of every class of each jar resolves against the API its Confluence line exports, as the JVM
 * would resolve it ({@link LinkageCheck}), the embedded libraries' classes ({@link EmbeddedLibraries}) included:
 * the 9.2 jar against the confluence92 stand-in set, the Confluence 10 jar
 * against the confluence10 set, each with Active Objects, Jackson, SLF4J and that line's servlet, JAX-RS and inject
 * APIs (javax on 9.2; jakarta Servlet 6.0, JAX-RS 3.1, Inject 2.0 on 10). The sets are copied to
 * {@code target/line-sets/<line>} by the build; nothing comes from the test class path. A call to a member the
 * line lacks ({@code NoSuchMethodError} in Confluence) fails here, naming the class, method and reference.
 */
class JarLinkageIT {
    private static final Path JAR_DIR = Path.of(System.getProperty("planprocess.jarDir", "target"));
    private static final String FINAL_NAME = System.getProperty("planprocess.finalName");
    private static final Path LINE_SETS = Path.of(System.getProperty("planprocess.lineSets", "target/line-sets"));

    @Test
    void confluence92Jar_linksAgainstTheConfluence92Set() throws IOException {
        assertLinks(JAR_DIR.resolve(FINAL_NAME + ".jar"), "confluence92");
    }

    @Test
    void confluence10Jar_linksAgainstTheConfluence10Set() throws IOException {
        assertLinks(JAR_DIR.resolve(FINAL_NAME + "-confluence10.jar"), "confluence10");
    }

    @Test
    void eachLineSet_holdsItsOwnStandInsAndItsOwnServletApis() throws IOException {
        List<String> set92 = jarNames("confluence92");
        List<String> set10 = jarNames("confluence10");
        assertEquals(1, set92.stream().filter(n -> n.startsWith("planprocess-host-api-") && n.endsWith("-confluence92.jar")).count(), set92.toString());
        assertEquals(1, set10.stream().filter(n -> n.startsWith("planprocess-host-api-") && n.endsWith("-confluence10.jar")).count(), set10.toString());
        assertTrue(set92.stream().anyMatch(n -> n.startsWith("javax.servlet-api-4.")), set92.toString());
        assertFalse(set92.stream().anyMatch(n -> n.startsWith("jakarta.servlet-api")), set92.toString());
        assertTrue(set10.stream().anyMatch(n -> n.startsWith("jakarta.servlet-api-6.0")), set10.toString());
        assertTrue(set10.stream().anyMatch(n -> n.startsWith("jakarta.ws.rs-api-3.1")), set10.toString());
        assertTrue(set10.stream().anyMatch(n -> n.startsWith("jakarta.inject-api-2.0")), set10.toString());
        assertFalse(set10.stream().anyMatch(n -> n.startsWith("javax.")), set10.toString());
    }

    private static void assertLinks(Path pluginJar, String line) throws IOException {
        assertTrue(Files.isRegularFile(pluginJar), pluginJar.toString());
        LinkageCheck.Result result;
        java.util.Map<String, byte[]> classes = LinkageCheck.classFilesIn(pluginJar);
        for (EmbeddedLibraries.Library library : EmbeddedLibraries.ALL) {
            // the embedded classes are part of the plugin: they link against the line, the JDK and each other
            assertEquals(library.classes().keySet(), classes.keySet().stream().filter(library::owns)
                    .collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new)), library + " checked");
        }
        try (LinkageCheck check = LinkageCheck.against(lineSet(line))) {
            result = check.check(classes);
        }
        assertTrue(result.classes() > 40, "classes checked: " + result.classes());
        assertTrue(result.references() > 2000, "references checked: " + result.references());
        assertTrue(result.failures().isEmpty(), pluginJar.getFileName() + " does not link against the " + line
                + " set (" + result.failures().size() + " failures):\n" + String.join("\n", result.failures()));
    }

    private static List<Path> lineSet(String line) throws IOException {
        try (Stream<Path> files = Files.list(LINE_SETS.resolve(line))) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static List<String> jarNames(String line) throws IOException {
        return lineSet(line).stream().map(p -> p.getFileName().toString()).toList();
    }
}
