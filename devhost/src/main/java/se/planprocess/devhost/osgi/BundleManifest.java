package se.planprocess.devhost.osgi;

import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/** The headers of a plugin's OSGi manifest that the host reads: the bundle's name and version and its imports. */
public record BundleManifest(String symbolicName, String version, List<PackageImport> imports) {

    /** One package of {@code Import-Package}, with its version attribute and whether it is {@code resolution:=optional}. */
    public record PackageImport(String packageName, String version, boolean optional) {
    }

    /** Reads the manifest; an absent one, or one without {@code Bundle-SymbolicName}, is not a bundle (null). */
    public static BundleManifest of(Manifest manifest) {
        if (manifest == null) {
            return null;
        }
        Attributes main = manifest.getMainAttributes();
        String name = main.getValue("Bundle-SymbolicName");
        if (name == null || name.isBlank()) {
            return null;
        }
        String version = main.getValue("Bundle-Version");
        return new BundleManifest(name.split(";")[0].trim(), version == null ? "0.0.0" : version.trim(),
                parseImports(main.getValue("Import-Package")));
    }

    /**
     * Parses an {@code Import-Package} value (OSGi core, 3.6.4 "Import-Package"): comma-separated clauses, each one
     * or more package names separated by {@code ;} followed by {@code attribute=value} and {@code directive:=value}
     * parameters; values may be quoted (a version range holds a comma).
     */
    public static List<PackageImport> parseImports(String header) {
        List<PackageImport> imports = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return imports;
        }
        for (String clause : split(header, ',')) {
            List<String> packages = new ArrayList<>();
            String version = null;
            boolean optional = false;
            for (String part : split(clause, ';')) {
                String p = part.trim();
                int directive = p.indexOf(":=");
                int attribute = p.indexOf('=');
                if (directive > 0) {
                    String value = unquote(p.substring(directive + 2));
                    if ("resolution".equals(p.substring(0, directive).trim())) {
                        optional = "optional".equals(value);
                    }
                } else if (attribute > 0) {
                    if ("version".equals(p.substring(0, attribute).trim())) {
                        version = unquote(p.substring(attribute + 1));
                    }
                } else if (!p.isEmpty()) {
                    packages.add(p);
                }
            }
            for (String pkg : packages) {
                imports.add(new PackageImport(pkg, version, optional));
            }
        }
        return imports;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.toString().isBlank()) {
            parts.add(current.toString());
        }
        return parts;
    }

    private static String unquote(String value) {
        String v = value.trim();
        return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
    }
}
