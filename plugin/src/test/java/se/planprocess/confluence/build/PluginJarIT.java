package se.planprocess.confluence.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * The Confluence 9.2 jar ({@code planprocess-confluence-<version>.jar}): the {@link PluginJarContract} checks plus
 * javax.servlet / javax.ws.rs / javax.inject imported as used, with the ranges chosen for 9.2, and no jakarta.
 */
class PluginJarIT extends PluginJarContract {

    @Override
    PluginJar open() {
        return PluginJar.confluence92();
    }

    @Override
    Map<String, String> flavourRanges() {
        return Map.of(
                "javax.servlet", "[3.1,5)",
                "javax.ws.rs", "[2.0,3)",
                "javax.inject", "0");
    }

    @Override
    Map<String, List<String>> hostVersions() {
        return Map.of(
                "javax.servlet", List.of("3.1.0", "4.0.0"),
                "javax.ws.rs", List.of("2.0.0", "2.1.0", "2.1.6"),
                "javax.inject", List.of("1.0.0"),
                "com.fasterxml.jackson", List.of("2.10.0", "2.17.3", "2.21.2"),
                "org.slf4j", List.of("1.7.36", "2.0.16"));
    }

    @Test
    void importsTheJavaxApisItsClassesUse() {
        for (String api : SERVLET_WS_INJECT) {
            String javax = "javax." + api;
            Set<String> missing = new TreeSet<>(referencedPackagesStartingWith(javax));
            missing.removeAll(jar.importedPackages());
            assertEquals(Set.of(), missing, javax + " packages used by classes but not imported");
        }
    }

    @Test
    void knowsNothingOfJakarta() {
        assertEquals(Set.of(), importedPackagesStartingWith("jakarta"), "jakarta imports in the 9.2 jar");
        assertEquals(Set.of(), referencedPackagesStartingWith("jakarta"), "classes of the 9.2 jar use jakarta.*");
    }
}
