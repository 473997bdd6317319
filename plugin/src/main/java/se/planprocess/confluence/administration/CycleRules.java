package se.planprocess.confluence.administration;

import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.UserText;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.sections.SectionTemplates;
import se.planprocess.confluence.sections.TemplateSet;
import se.planprocess.confluence.workflow.Status;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules a cycle an administrator saves must keep, on top of what {@link Cycle} itself checks:
 * <ul>
 *   <li>names: one line of printable text, at most their length; keys unique within their list;</li>
 *   <li>phases: none ends before it starts; each starts and ends no earlier than the phase before it (they may
 *   overlap at their edges), except a phase marked parallel, which runs beside the others;</li>
 *   <li>milestones: inside the cycle, in one of its phases; a deadline names a kind the app tracks and a status of
 *   that kind's workflow, and only committees that exist;</li>
 *   <li>template versions: versions the kind has, built in or configured;</li>
 *   <li>no other cycle of the same process has the same plan period (plan year).</li>
 * </ul>
 * The first broken rule is reported, naming the field as a client sends it; nothing is built.
 */
public final class CycleRules {
    private static final Pattern PHASE_FIELD = Pattern.compile("^phases\\.([^.]+)\\.(start|end)$");

    private final KindCatalogue kinds;
    private final SectionTemplates sections;

    /** Rules whose template versions are the kinds' built-in ones. */
    public CycleRules(KindCatalogue kinds) {
        this(kinds, SectionTemplates.builtIn(kinds));
    }

    /** Rules whose template versions are every version of a kind, built in or configured. */
    public CycleRules(KindCatalogue kinds, SectionTemplates sections) {
        this.kinds = kinds;
        this.sections = sections;
    }

    /**
     * The cycle the draft describes, with the identity (id, key, plan year, template, archived) of {@code base}.
     *
     * @param committeeIds the ids of every committee
     * @param others every other stored cycle
     * @throws InvalidValueException naming the first field that breaks a rule
     */
    public Cycle build(CycleDraft draft, Cycle base, Set<Long> committeeIds, Collection<Cycle> others) {
        String nameSv = UserText.name(draft.nameSv(), "nameSv", Cycle.MAX_NAME);
        String nameEn = UserText.optionalName(draft.nameEn(), "nameEn", Cycle.MAX_NAME);
        if (draft.horizonYears() < 1 || draft.horizonYears() > Cycle.MAX_HORIZON_YEARS) {
            throw new InvalidValueException("horizonYears", Rule.OUT_OF_RANGE, "1",
                    String.valueOf(Cycle.MAX_HORIZON_YEARS));
        }
        Map<DocumentKind, String> versions = templateVersions(draft.templateVersions());
        List<CyclePhase> phases = phases(draft.phases());
        List<Milestone> milestones = milestones(draft.milestones(), phases, committeeIds);
        Cycle cycle;
        try {
            cycle = new Cycle(base.id(), base.key(), Bilingual.of(nameSv, nameEn), base.planYear(),
                    draft.horizonYears(), base.templateKey(), versions, phases, milestones, base.archived());
        } catch (InvalidValueException e) {
            throw byIndex(e, phases);
        }
        requireOwnPeriod(cycle, others);
        return cycle;
    }

    /** Refuses a cycle whose process already has another cycle for the same plan year. */
    public static void requireOwnPeriod(Cycle cycle, Collection<Cycle> others) {
        for (Cycle other : others) {
            if (other.id() != cycle.id() && other.templateKey().equals(cycle.templateKey())
                    && other.planYear() == cycle.planYear()) {
                throw new InvalidValueException("planYear", Rule.DUPLICATE_PERIOD, other.name().sv());
            }
        }
    }

    private Map<DocumentKind, String> templateVersions(Map<String, String> named) {
        Map<DocumentKind, String> versions = new LinkedHashMap<>();
        TemplateSet templates = named.isEmpty() ? null : sections.current();
        for (Map.Entry<String, String> entry : named.entrySet()) {
            String field = "templateVersions." + entry.getKey();
            KindSpecification kind = DocumentKind.fromKey(entry.getKey()).flatMap(kinds::find)
                    .filter(KindSpecification::hasSections)
                    .orElseThrow(() -> new InvalidValueException("templateVersions", Rule.UNKNOWN_KIND));
            Optional<ReportTemplate> template = entry.getValue() == null ? Optional.empty()
                    : templates.template(kind.kind(), entry.getValue());
            if (template.isEmpty()) {
                throw new InvalidValueException(field, Rule.UNKNOWN_TEMPLATE_VERSION,
                        String.join(", ", templates.versionKeys(kind.kind())));
            }
            versions.put(kind.kind(), template.get().version());
        }
        return versions;
    }

    private static List<CyclePhase> phases(List<CycleDraft.PhaseDraft> drafts) {
        if (drafts.isEmpty()) {
            throw new InvalidValueException("phases", Rule.BLANK);
        }
        List<CyclePhase> phases = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        CyclePhase previous = null;
        for (int i = 0; i < drafts.size(); i++) {
            String path = "phases[" + i + "]";
            CycleDraft.PhaseDraft draft = drafts.get(i);
            CyclePhase phase;
            try {
                String key = UserText.name(draft.key(), "key", CyclePhase.MAX_KEY);
                if (!keys.add(key)) {
                    throw new InvalidValueException("key", Rule.DUPLICATE_KEY, key);
                }
                String sv = UserText.name(draft.nameSv(), "nameSv", CyclePhase.MAX_NAME);
                String en = UserText.optionalName(draft.nameEn(), "nameEn", CyclePhase.MAX_NAME);
                LocalDate start = day(draft.start(), "start");
                LocalDate end = day(draft.end(), "end");
                if (end.isBefore(start)) {
                    throw new InvalidValueException("end", Rule.END_BEFORE_START, start.toString());
                }
                phase = new CyclePhase(key, Bilingual.of(sv, en), new DateRange(start, end), draft.parallel());
                if (!phase.parallel() && previous != null) {
                    if (start.isBefore(previous.dates().start())) {
                        throw new InvalidValueException("start", Rule.PHASE_ORDER, previous.name().sv());
                    }
                    if (end.isBefore(previous.dates().end())) {
                        throw new InvalidValueException("end", Rule.PHASE_ORDER, previous.name().sv());
                    }
                }
            } catch (InvalidValueException e) {
                throw e.within(path);
            }
            if (!phase.parallel()) {
                previous = phase;
            }
            phases.add(phase);
        }
        return phases;
    }

    private List<Milestone> milestones(List<CycleDraft.MilestoneDraft> drafts, List<CyclePhase> phases,
                                       Set<Long> committeeIds) {
        List<Milestone> milestones = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            CycleDraft.MilestoneDraft draft = drafts.get(i);
            try {
                String key = UserText.name(draft.key(), "key", Milestone.MAX_KEY);
                if (!keys.add(key)) {
                    throw new InvalidValueException("key", Rule.DUPLICATE_KEY, key);
                }
                String sv = UserText.name(draft.nameSv(), "nameSv", Milestone.MAX_NAME);
                String en = UserText.optionalName(draft.nameEn(), "nameEn", Milestone.MAX_NAME);
                LocalDate date = day(draft.date(), "date");
                String phase = UserText.name(draft.phase(), "phase", CyclePhase.MAX_KEY);
                if (phases.stream().noneMatch(p -> p.key().equals(phase))) {
                    throw new InvalidValueException("phase", Rule.UNKNOWN_PHASE);
                }
                String kindKey = blankToNull(draft.documentKind());
                String status = blankToNull(draft.requiredStatus());
                KindSpecification kind = null;
                if (kindKey != null) {
                    kind = DocumentKind.fromKey(kindKey).flatMap(kinds::find)
                            .orElseThrow(() -> new InvalidValueException("documentKind", Rule.UNKNOWN_KIND));
                }
                if (kind == null && status != null) {
                    throw new InvalidValueException("documentKind", Rule.DEADLINE_INCOMPLETE);
                }
                if (kind != null && status == null) {
                    throw new InvalidValueException("requiredStatus", Rule.DEADLINE_INCOMPLETE);
                }
                if (kind != null && !kind.canRequire(status)) {
                    throw new InvalidValueException("requiredStatus", Rule.STATUS_NOT_IN_KIND,
                            kind.workflow().statuses().stream().map(Status::key).collect(Collectors.joining(", ")));
                }
                for (Long committee : draft.committees()) {
                    if (committee == null || !committeeIds.contains(committee)) {
                        throw new InvalidValueException("committees", Rule.NO_SUCH_COMMITTEE);
                    }
                }
                milestones.add(new Milestone(key, Bilingual.of(sv, en), date, phase, Set.copyOf(draft.committees()),
                        kind == null ? null : kind.kind(), status));
            } catch (InvalidValueException e) {
                throw e.within("milestones[" + i + "]");
            }
        }
        return milestones;
    }

    private static LocalDate day(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new InvalidValueException(field, Rule.BLANK);
        }
        if (UserText.hasForbiddenCharacters(text)) {
            throw new InvalidValueException(field, Rule.CONTROL_CHARACTERS);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, Rule.NOT_A_DATE);
        }
    }

    /** {@link Cycle} names a phase's dates by key; a client of this API sends them by index. */
    private static InvalidValueException byIndex(InvalidValueException e, List<CyclePhase> phases) {
        Matcher matcher = PHASE_FIELD.matcher(e.field());
        if (matcher.matches()) {
            for (int i = 0; i < phases.size(); i++) {
                if (phases.get(i).key().equals(matcher.group(1))) {
                    return e.renamed("phases[" + i + "]." + matcher.group(2));
                }
            }
        }
        return e;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
