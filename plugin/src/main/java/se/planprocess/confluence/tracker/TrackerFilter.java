package se.planprocess.confluence.tracker;

import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DocumentKind;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which part of a cycle's tracker to show, under the names the tracker macro's parameters and the tracker's REST query
 * parameters share, checked by this one parser for both (so a dashboard and an export get exactly the subset a macro
 * shows): {@code cycle} (a cycle's key or id, default the current one), {@code kinds} (document kind keys,
 * comma-separated, default every deliverable), {@code committees} (short names or space keys, comma-separated, default
 * every committee the viewer may see) or instead {@code spaceCategory} (space categories, comma-separated: the
 * committees whose space has one of them) and {@code phase} (a phase key of the cycle: only the deliverables with
 * deadlines in that phase, checked against the cycle by {@link #phaseIn}). A wrong value is refused naming the
 * parameter ({@link Refused}), never quoting what was sent unless it is a plain cycle or phase key. The cycle is
 * resolved by the caller ({@code TrackerService#cycle(TrackerFilter)}), whose refusal is {@link #unknownCycle()}.
 */
public record TrackerFilter(String cycle, Set<DocumentKind> kinds, Set<String> committees,
                            Set<String> spaceCategories, String phase) {
    /** The parameter names, as the macro and the REST API spell them. */
    public static final List<String> PARAMETERS = List.of("cycle", "kinds", "committees", "spaceCategory", "phase");

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
    /** A name in a list (a kind key, a committee's short name or space key). */
    private static final String LIST_ITEM = "[\\p{L}\\p{N} ._\\-]{1,100}";
    /** A phase key that a message may quote back: letters, digits, {@code . _ -}, as long as a phase key may be. */
    private static final String QUOTABLE_PHASE = "[\\p{L}\\p{N}._\\-]{1," + CyclePhase.MAX_KEY + "}";
    /** A cycle key or id that a message may quote back: letters, digits, spaces and {@code . _ -}. */
    private static final String QUOTABLE_CYCLE = "[\\p{L}\\p{N} ._\\-]{1," + Cycle.MAX_KEY + "}";

    public TrackerFilter {
        cycle = cycle == null ? "" : cycle;
        kinds = Set.copyOf(kinds);
        committees = Set.copyOf(committees);
        spaceCategories = Set.copyOf(spaceCategories);
        phase = phase == null ? "" : phase;
    }

    /** The whole tracker of the current cycle. */
    public static TrackerFilter none() {
        return new TrackerFilter("", Set.of(), Set.of(), Set.of(), "");
    }

    /**
     * The filter from parameters by name ({@link #PARAMETERS}; others are not read), checked against the kinds the app
     * tracks.
     *
     * @throws InvalidParameter      a value that is malformed, too long, or names no tracked kind
     * @throws CommitteesAndCategory both {@code committees} and {@code spaceCategory}
     */
    public static TrackerFilter parse(Map<String, String> raw, KindCatalogue catalogue) {
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
        return new TrackerFilter(cycle, kinds, committees, categories, text(raw, "phase"));
    }

    /** Whether the committees are chosen by space category (then by space key only). */
    public boolean byCategory() {
        return !spaceCategories.isEmpty();
    }

    /**
     * The refusal of a {@code cycle} that names no cycle, or of none named when there is no current cycle: the
     * resolution is the caller's (the cycles are in the index), the message is this filter's.
     */
    public UnknownCycle unknownCycle() {
        return new UnknownCycle(cycle.isEmpty() ? null : cycle.matches(QUOTABLE_CYCLE) ? cycle : "");
    }

    /**
     * The chosen phase of the cycle, empty when none is chosen.
     *
     * @throws UnknownPhase the cycle has no phase with that key
     */
    public Optional<CyclePhase> phaseIn(Cycle cycle) {
        if (phase.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(cycle.phase(phase).orElseThrow(() -> new UnknownPhase(
                phase.matches(QUOTABLE_PHASE) ? phase : null, cycle.name(),
                cycle.phases().stream().map(CyclePhase::key).toList())));
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

    /**
     * One parameter's value, trimmed (empty when absent); a value longer than {@value #MAX_VALUE} characters or with
     * control characters is refused naming the parameter. The macro reads its own parameters through this too.
     */
    public static String text(Map<String, String> raw, String name) {
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
                if (!value.matches(LIST_ITEM)) {
                    throw new InvalidParameter(name);
                }
                values.add(value);
            }
        }
        return values;
    }

    /**
     * A refused filter: the parameter as the macro or the request names it, and the message (a key of the app's
     * bundles with its arguments) that says why. Neither quotes a value that was sent, except a phase key that is
     * letters, digits and {@code . _ -} only.
     */
    public abstract static sealed class Refused extends IllegalArgumentException
            permits InvalidParameter, CommitteesAndCategory, UnknownCycle, UnknownPhase {
        private static final long serialVersionUID = 1L;
        private final String parameter;

        Refused(String parameter) {
            super(parameter);
            this.parameter = parameter;
        }

        public String parameter() {
            return parameter;
        }

        public abstract String messageKey();

        public Serializable[] messageArguments(Locale locale) {
            return new Serializable[0];
        }
    }

    /** A value that is malformed, too long, or names nothing the app knows. */
    public static final class InvalidParameter extends Refused {
        private static final long serialVersionUID = 1L;
        private final String messageKey;
        private final Serializable[] arguments;

        /** With the general message naming the parameter (the space category's own for {@code spaceCategory}). */
        public InvalidParameter(String parameter) {
            super(parameter);
            this.messageKey = parameter.equals("spaceCategory") ? "planprocess.tracker.error.spacecategory"
                    : "planprocess.tracker.error.parameter";
            this.arguments = parameter.equals("spaceCategory") ? new Serializable[0] : new Serializable[] {parameter};
        }

        /** With a message of the parameter's own, which names it (a macro parameter outside the filter). */
        public InvalidParameter(String parameter, String messageKey, Serializable... arguments) {
            super(parameter);
            this.messageKey = messageKey;
            this.arguments = arguments.clone();
        }

        @Override
        public String messageKey() {
            return messageKey;
        }

        @Override
        public Serializable[] messageArguments(Locale locale) {
            return arguments.clone();
        }
    }

    /**
     * A {@code cycle} that names no cycle (quoted only when it is letters, digits, spaces and {@code . _ -}), or none
     * named while there is no current cycle.
     */
    public static final class UnknownCycle extends Refused {
        private static final long serialVersionUID = 1L;
        /** null: none was named; empty: one was named that is not quoted back. */
        private final String quotable;

        UnknownCycle(String quotable) {
            super("cycle");
            this.quotable = quotable;
        }

        /** Whether no cycle was named (and there is no current one). */
        public boolean noneNamed() {
            return quotable == null;
        }

        @Override
        public String messageKey() {
            return quotable == null ? "planprocess.tracker.empty.nocycle"
                    : quotable.isEmpty() ? "planprocess.tracker.error.cycle.unquoted" : "planprocess.tracker.error.cycle";
        }

        @Override
        public Serializable[] messageArguments(Locale locale) {
            return quotable == null || quotable.isEmpty() ? new Serializable[0] : new Serializable[] {quotable};
        }
    }

    /** Both {@code committees} and {@code spaceCategory} were given: the tracker takes one or the other. */
    public static final class CommitteesAndCategory extends Refused {
        private static final long serialVersionUID = 1L;

        CommitteesAndCategory() {
            super("spaceCategory");
        }

        @Override
        public String messageKey() {
            return "planprocess.tracker.error.committeesandcategory";
        }
    }

    /** A phase the cycle does not have; the message lists the cycle's phases. */
    public static final class UnknownPhase extends Refused {
        private static final long serialVersionUID = 1L;
        private final String quotable;
        private final transient Bilingual cycleName;
        private final List<String> validPhases;

        UnknownPhase(String quotable, Bilingual cycleName, List<String> validPhases) {
            super("phase");
            this.quotable = quotable;
            this.cycleName = cycleName;
            this.validPhases = List.copyOf(validPhases);
        }

        /** The cycle's phase keys, in the cycle's order. */
        public List<String> validPhases() {
            return validPhases;
        }

        @Override
        public String messageKey() {
            return quotable != null ? "planprocess.tracker.error.phase" : "planprocess.tracker.error.phase.unquoted";
        }

        @Override
        public Serializable[] messageArguments(Locale locale) {
            String valid = String.join(", ", validPhases);
            return quotable != null ? new Serializable[] {quotable, cycleName.in(locale), valid}
                    : new Serializable[] {cycleName.in(locale), valid};
        }
    }
}
