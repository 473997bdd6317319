package se.planprocess.confluence.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The Confluence 10.x jar (name contains {@code confluence10}): the same app as the 9.2 jar with javax.servlet,
 * javax.ws.rs and javax.inject rewritten to jakarta.* by the Eclipse Transformer. The {@link PluginJarContract}
 * checks plus: only jakarta imports for those APIs, with ranges admitting Confluence 10 (Servlet 6.0, JAX-RS 3.1,
 * Inject 2.0), not a trace of the javax names in any class, resource or the manifest, and otherwise the same
 * content as the 9.2 jar.
 */
class Confluence10JarIT extends PluginJarContract {

    /** Both spellings: class-file internal names and descriptors use slashes, strings and text use dots. */
    static final List<String> FORBIDDEN = List.of(
            "javax/servlet", "javax.servlet",
            "javax/ws/rs", "javax.ws.rs",
            "javax/inject", "javax.inject");

    @Override
    PluginJar open() {
        return PluginJar.confluence10();
    }

    @Override
    Map<String, String> flavourRanges() {
        return Map.of(
                "jakarta.servlet", "[5.0,7)",
                "jakarta.ws.rs", "[3.0,4)",
                "jakarta.inject", "[2.0,3)");
    }

    @Override
    Map<String, List<String>> hostVersions() {
        // Confluence 10.2 (platform 8.3.16): jakarta.servlet-api 6.0.0, jakarta.ws.rs-api 3.1.0,
        // jakarta.inject-api 2.0.1, Jackson 2.21.2 (confluence-api.md §10).
        return Map.of(
                "jakarta.servlet", List.of("5.0.0", "6.0.0"),
                "jakarta.ws.rs", List.of("3.0.0", "3.1.0"),
                "jakarta.inject", List.of("2.0.0", "2.0.1"),
                "com.fasterxml.jackson", List.of("2.17.3", "2.21.2"),
                "org.slf4j", List.of("1.7.36", "2.0.16"));
    }

    @Test
    void importsOnlyJakartaForServletRestAndInject() {
        for (String api : SERVLET_WS_INJECT) {
            assertEquals(Set.of(), importedPackagesStartingWith("javax." + api), "javax." + api + " imported");
            Set<String> missing = new TreeSet<>(referencedPackagesStartingWith("jakarta." + api));
            missing.removeAll(jar.importedPackages());
            assertEquals(Set.of(), missing, "jakarta." + api + " packages used by classes but not imported");
        }
    }

    @Test
    void noClassResourceOrManifestMentionsTheJavaxNames() {
        List<String> hits = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : jar.entries.entrySet()) {
            // ISO-8859-1 maps every byte to one char: ASCII names in constant pools and texts are found as is.
            String content = new String(entry.getValue(), StandardCharsets.ISO_8859_1);
            for (String forbidden : FORBIDDEN) {
                if (content.contains(forbidden)) {
                    hits.add(entry.getKey() + " contains " + forbidden);
                }
            }
            if (entry.getKey().contains("javax")) {
                hits.add(entry.getKey() + " (entry name)");
            }
        }
        for (ClassFile classFile : jar.classes.values()) {
            for (String utf8 : classFile.utf8) {
                for (String forbidden : FORBIDDEN) {
                    if (utf8.contains(forbidden)) {
                        hits.add(classFile.name + " constant pool: " + utf8);
                    }
                }
            }
        }
        String manifest = String.join("\n", jar.mainAttributeNames()) + "\n"
                + jar.manifest.getMainAttributes().values();
        for (String forbidden : FORBIDDEN) {
            if (manifest.contains(forbidden)) {
                hits.add("MANIFEST.MF contains " + forbidden);
            }
        }
        assertNoProblems(hits, "javax names left in " + jar);
    }

    @Test
    void isTheSameAppAsThe92Jar() {
        PluginJar jar92 = PluginJar.confluence92();
        for (String header : List.of("Bundle-SymbolicName", "Bundle-Version", "Atlassian-Plugin-Key", "Spring-Context",
                "Bundle-ManifestVersion")) {
            assertEquals(jar92.mainAttribute(header), jar.mainAttribute(header), header + " differs between the jars");
        }
        Set<String> names92 = withoutBuildMetadata(jar92.entryNames());
        Set<String> names10 = withoutBuildMetadata(jar.entryNames());
        assertEquals(names92, names10, "the two jars must hold the same classes and resources");

        List<String> unexpected = new ArrayList<>();
        int rewritten = 0;
        for (String name : names92) {
            byte[] before = jar92.entries.get(name);
            byte[] after = jar.entries.get(name);
            boolean mentionsJavax = FORBIDDEN.stream()
                    .anyMatch(f -> new String(before, StandardCharsets.ISO_8859_1).contains(f));
            boolean same = Arrays.equals(before, after);
            if (mentionsJavax && same) {
                unexpected.add(name + " was not rewritten");
            } else if (!mentionsJavax && !same) {
                unexpected.add(name + " changed although it has nothing to rewrite");
            } else if (mentionsJavax) {
                rewritten++;
            }
        }
        assertNoProblems(unexpected, "transformer output vs the 9.2 jar");
        boolean uses = !referencedPackagesStartingWith("jakarta").isEmpty();
        assertTrue(!uses || rewritten > 0, "jakarta references without any rewritten entry?");
        assertFalse(jar.classes.isEmpty());
    }

    private static Set<String> withoutBuildMetadata(Set<String> names) {
        Set<String> result = new TreeSet<>();
        for (String name : names) {
            if (!name.equals("META-INF/MANIFEST.MF") && !name.startsWith("META-INF/maven/")) {
                result.add(name);
            }
        }
        return result;
    }
}
