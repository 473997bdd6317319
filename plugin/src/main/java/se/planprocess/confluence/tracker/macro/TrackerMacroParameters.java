package se.planprocess.confluence.tracker.macro;

import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.tracker.LatestChange;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tracker macro's parameters, checked: {@code cycle} (a cycle's key or id, default the current one),
 * {@code kinds} (document kind keys, comma-separated, default every deliverable), {@code committees} (short names or
 * space keys, comma-separated, default every committee the viewer may see) or instead {@code spaceCategory} (space
 * categories, comma-separated: the committees whose space has one of them), {@code phase} (a phase key of the cycle:
 * only the deliverables with deadlines in that phase), {@code layout} ({@code matrix} or {@code list}) and
 * {@code changes} (how many of the latest status changes to list below the matrix, 0 to
 * {@value LatestChange#MAX_LIMIT}, default {@value LatestChange#DEFAULT_LIMIT}; 0 hides the list). A wrong value is
 * refused naming the parameter.
 */
public record TrackerMacroParameters(String cycle, Set<DocumentKind> kinds, Set<String> committees,
                                     Set<String> spaceCategories, String phase, Layout layout, int changes) {
    public enum Layout { MATRIX, LIST }

    static final int MAX_VALUE = 500;
    /** As many categories as Confluence takes labels in one input ({@code LabelUtil.MAX_ALLOWED_LABELS_PER_INPUT}). */
    static final int MAX_CATEGORIES = 20;
    /** Confluence's longest label name ({@code LabelParser.MAX_LABEL_NAME_LENGTH}). */
    static final int MAX_CATEGORY = 255;
    /**
     * What a label name may not hold in Confluence ({@code LabelParser}: whitespace and
     * {@code : ; , . ? & [ ] ( ) # ^ * @ ! < >}), plus control and format characters and every Unicode space
     * (stricter than Confluence, which lets a no-break space through).
     */
    private static final String CATEGORY = "[^\\s\\p{Z}:;,.?&\\[\\]()#^*@!<>\\p{Cc}\\p{Cf}]{1," + MAX_CATEGORY + "}";

    /** A refused parameter: {@code parameter} as written in the macro. */
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

    /** Both {@code committees} and {@code spaceCategory} were given: the tracker takes one or the other. */
    public static final class CommitteesAndCategory extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        CommitteesAndCategory() {
            super("committees and spaceCategory");
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
        Set<String> categories = categories(raw);
        if (!committees.isEmpty() && !categories.isEmpty()) {
            throw new CommitteesAndCategory();
        }
        String phase = text(raw, "phase");
        String layout = text(raw, "layout");
        Layout chosen;
        if (layout.isEmpty() || layout.equalsIgnoreCase("matrix")) {
            chosen = Layout.MATRIX;
        } else if (layout.equalsIgnoreCase("list")) {
            chosen = Layout.LIST;
        } else {
            throw new InvalidParameter("layout");
        }
        int changes;
        try {
            changes = LatestChange.limit("changes", text(raw, "changes"));
        } catch (InvalidValueException e) {
            throw new InvalidParameter("changes");
        }
        return new TrackerMacroParameters(cycle, Set.copyOf(kinds), Set.copyOf(committees), Set.copyOf(categories),
                phase, chosen, changes);
    }

    /** Space category names, lower-cased as Confluence stores labels; a name Confluence would refuse is refused. */
    private static Set<String> categories(Map<String, String> raw) {
        Set<String> categories = new LinkedHashSet<>();
        for (String part : text(raw, "spaceCategory").split(",", -1)) {
            String value = part.strip();
            if (value.isEmpty()) {
                continue;
            }
            if (!value.matches(CATEGORY) || categories.size() == MAX_CATEGORIES) {
                throw new InvalidParameter("spaceCategory");
            }
            categories.add(value.toLowerCase(Locale.ROOT));
        }
        return categories;
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
