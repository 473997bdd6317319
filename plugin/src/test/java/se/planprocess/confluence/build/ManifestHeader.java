package se.planprocess.confluence.build;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses an OSGi manifest header such as Import-Package into clauses, following the OSGi grammar:
 * clauses are separated by commas outside quotes, a clause is {@code path (; path)* (; name=value | ; name:=value)*},
 * values may be quoted (commas and semicolons inside quotes belong to the value).
 */
final class ManifestHeader {

    /** One package of a clause with the clause's attributes ({@code =}) and directives ({@code :=}). */
    record Clause(String name, Map<String, String> attributes, Map<String, String> directives, String text) {
        String version() {
            return attributes.get("version");
        }
    }

    private ManifestHeader() {
    }

    static List<Clause> parse(String header) {
        List<Clause> clauses = new ArrayList<>();
        if (header == null || header.isBlank()) {
            return clauses;
        }
        for (String clauseText : split(header, ',')) {
            if (clauseText.isBlank()) {
                throw new IllegalArgumentException("Empty clause in header: " + header);
            }
            List<String> names = new ArrayList<>();
            Map<String, String> attributes = new LinkedHashMap<>();
            Map<String, String> directives = new LinkedHashMap<>();
            for (String part : split(clauseText, ';')) {
                String p = part.trim();
                int eq = indexOutsideQuotes(p, '=');
                if (eq < 0) {
                    if (!attributes.isEmpty() || !directives.isEmpty()) {
                        throw new IllegalArgumentException("Package name after parameters in clause: " + clauseText);
                    }
                    names.add(p);
                    continue;
                }
                boolean directive = eq > 0 && p.charAt(eq - 1) == ':';
                String key = p.substring(0, directive ? eq - 1 : eq).trim();
                String value = unquote(p.substring(eq + 1).trim());
                Map<String, String> target = directive ? directives : attributes;
                if (target.put(key, value) != null) {
                    throw new IllegalArgumentException("Duplicate parameter " + key + " in clause: " + clauseText);
                }
            }
            if (names.isEmpty()) {
                throw new IllegalArgumentException("Clause without a package name: " + clauseText);
            }
            for (String name : names) {
                clauses.add(new Clause(name, Map.copyOf(attributes), Map.copyOf(directives), clauseText.trim()));
            }
        }
        return clauses;
    }

    private static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
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
        if (quoted) {
            throw new IllegalArgumentException("Unbalanced quotes in header: " + text);
        }
        parts.add(current.toString());
        return parts;
    }

    private static int indexOutsideQuotes(String text, char c) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                return i;
            }
        }
        return -1;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
