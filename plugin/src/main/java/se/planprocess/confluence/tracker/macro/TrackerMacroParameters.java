package se.planprocess.confluence.tracker.macro;

import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tracker macro's parameters, checked: {@code cycle} (a cycle's key or id, default the current one),
 * {@code kinds} (document kind keys, comma-separated, default every deliverable), {@code committees} (short names or
 * space keys, comma-separated, default every committee the viewer may see) and {@code layout} ({@code matrix} or
 * {@code list}). A wrong value is refused naming the parameter.
 */
public record TrackerMacroParameters(String cycle, Set<DocumentKind> kinds, Set<String> committees, Layout layout) {
    public enum Layout { MATRIX, LIST }

    static final int MAX_VALUE = 500;

    /** A refused parameter: {@code parameter} as written in the macro, {@code value} as the user wrote it. */
    public static final class InvalidParameter extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String parameter;

        InvalidParameter(String parameter) {
            super(parameter);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }
    }

    /** Checked against the kinds the app tracks. */
    public static TrackerMacroParameters parse(Map<String, String> raw, KindCatalogue catalogue) {
        String cycle = text(raw, "cycle");
        Set<DocumentKind> kinds = new LinkedHashSet<>();
        for (String key : list(raw, "kinds")) {
            kinds.add(DocumentKind.fromKey(key).filter(k -> catalogue.find(k).isPresent())
                    .orElseThrow(() -> new InvalidParameter("kinds")));
        }
        Set<String> committees = new LinkedHashSet<>();
        for (String committee : list(raw, "committees")) {
            committees.add(committee.toUpperCase(Locale.ROOT));
        }
        String layout = text(raw, "layout");
        Layout chosen;
        if (layout.isEmpty() || layout.equalsIgnoreCase("matrix")) {
            chosen = Layout.MATRIX;
        } else if (layout.equalsIgnoreCase("list")) {
            chosen = Layout.LIST;
        } else {
            throw new InvalidParameter("layout");
        }
        return new TrackerMacroParameters(cycle, Set.copyOf(kinds), Set.copyOf(committees), chosen);
    }

    private static String text(Map<String, String> raw, String name) {
        String value = raw.get(name);
        if (value == null) {
            return "";
        }
        if (value.length() > MAX_VALUE || value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
            throw new InvalidParameter(name);
        }
        return value.trim();
    }

    private static Set<String> list(Map<String, String> raw, String name) {
        Set<String> values = new LinkedHashSet<>();
        for (String part : text(raw, name).split(",")) {
            String value = part.trim();
            if (!value.isEmpty()) {
                if (!value.matches("[\\p{L}\\p{N} ._\\-]{1,100}")) {
                    throw new InvalidParameter(name);
                }
                values.add(value);
            }
        }
        return values;
    }
}
