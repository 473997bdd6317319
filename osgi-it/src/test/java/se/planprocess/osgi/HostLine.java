package se.planprocess.osgi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one Confluence line exports to apps, as far as Planprocess depends on it: the packages its system bundle
 * exports besides the Java platform (classes from this test's class path, each family at the version the line
 * exports) and the versions at which the Atlassian packages are exported by the stand-in bundles built from host-api.
 * Every version and its source is in docs/host-api.md, "Host exports per line"; nothing is exported only because the
 * app happens to need it.
 */
record HostLine(String name, String jarSuffix, String standInSet, Map<String, SystemFamily> systemFamilies,
                Map<String, String> atlassianVersions) {

    /** A family of packages exported by the system bundle: every package of the jar holding {@code probeClass}. */
    record SystemFamily(String probeClass, String version) {
    }

    static final HostLine CONFLUENCE_92 = new HostLine("Confluence 9.2", "", "confluence92", families(
            "javax.servlet", new SystemFamily("javax.servlet.Servlet", "4.0.1"),
            "javax.ws.rs", new SystemFamily("javax.ws.rs.Path", "2.1.1"),
            "javax.inject", new SystemFamily("javax.inject.Inject", "1.0.0"),
            "com.fasterxml.jackson.core", new SystemFamily("com.fasterxml.jackson.core.JsonParser", "2.16.0"),
            "com.fasterxml.jackson.databind", new SystemFamily("com.fasterxml.jackson.databind.ObjectMapper", "2.16.0"),
            "com.fasterxml.jackson.annotation", new SystemFamily("com.fasterxml.jackson.annotation.JsonProperty", "2.16.0"),
            "org.slf4j", new SystemFamily("org.slf4j.Logger", "1.7.36")),
            versions("com.atlassian.confluence", "9.2.0", "com.atlassian.sal", "6.0.0", "com.atlassian.plugin", "8.0.0",
                    "net.java.ao", "6.1.1"));

    static final HostLine CONFLUENCE_10 = new HostLine("Confluence 10", "-confluence10", "confluence10", families(
            "jakarta.servlet", new SystemFamily("jakarta.servlet.Servlet", "6.0.0"),
            "jakarta.ws.rs", new SystemFamily("jakarta.ws.rs.Path", "3.1.0"),
            "jakarta.inject", new SystemFamily("jakarta.inject.Inject", "2.0.1"),
            "com.fasterxml.jackson.core", new SystemFamily("com.fasterxml.jackson.core.JsonParser", "2.21.2"),
            "com.fasterxml.jackson.databind", new SystemFamily("com.fasterxml.jackson.databind.ObjectMapper", "2.21.2"),
            "com.fasterxml.jackson.annotation", new SystemFamily("com.fasterxml.jackson.annotation.JsonProperty", "2.21.2"),
            "org.slf4j", new SystemFamily("org.slf4j.Logger", "2.0.16")),
            versions("com.atlassian.confluence", "10.0.0", "com.atlassian.sal", "7.0.4", "com.atlassian.plugin", "9.1.4",
                    "net.java.ao", "6.1.1"));

    static List<HostLine> all() {
        return List.of(CONFLUENCE_92, CONFLUENCE_10);
    }

    /** The version of an Atlassian or AO package: the longest matching prefix, else 0.0.0 (unknown). */
    String atlassianVersion(String packageName) {
        String best = "";
        String version = "0.0.0";
        for (Map.Entry<String, String> e : atlassianVersions.entrySet()) {
            if ((packageName.equals(e.getKey()) || packageName.startsWith(e.getKey() + "."))
                    && e.getKey().length() > best.length()) {
                best = e.getKey();
                version = e.getValue();
            }
        }
        return version;
    }

    @Override
    public String toString() {
        return name;
    }

    private static Map<String, SystemFamily> families(Object... pairs) {
        Map<String, SystemFamily> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (SystemFamily) pairs[i + 1]);
        }
        return map;
    }

    private static Map<String, String> versions(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
