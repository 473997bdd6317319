package se.planprocess.confluence.administration;

import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.CommitteeRepository;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.Committee;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CycleFactory;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.ProcessTemplate;
import se.planprocess.confluence.process.ProcessTemplates;

import se.planprocess.confluence.sections.SectionTemplates;
import se.planprocess.confluence.sections.TemplateSet;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeping the process calendar: a cycle from a template or copied from last year, edited, archived. Every change is
 * checked by {@link CycleRules} before anything is written, recorded with who, when and what, and made on the version
 * the administrator saw ({@link CycleStore} refuses a stale one). Who may do this is the caller's check.
 */
public final class CycleAdministration {
    private final CycleStore store;
    private final CommitteeRepository committees;
    private final KindCatalogue kinds;
    private final CycleRules rules;
    private final SectionTemplates sections;
    private final Clock clock;

    /** An administration whose cycles may choose only the kinds' built-in section templates (tests, tools). */
    public CycleAdministration(CycleStore store, CommitteeRepository committees, KindCatalogue kinds, Clock clock) {
        this(store, committees, kinds, SectionTemplates.builtIn(kinds), clock);
    }

    /** The app's administration: a cycle may choose any version of a kind's template, built in or configured. */
    public CycleAdministration(CycleStore store, CommitteeRepository committees, KindCatalogue kinds,
                               SectionTemplates sections, Clock clock) {
        this.store = store;
        this.committees = committees;
        this.kinds = kinds;
        this.sections = sections;
        this.rules = new CycleRules(kinds, sections);
        this.clock = clock;
    }

    /** The section templates a cycle may choose from now (one read of the configured versions). */
    public TemplateSet templates() {
        return sections.current();
    }

    public List<VersionedCycle> all() {
        return store.findAll();
    }

    public VersionedCycle get(long id) {
        return store.find(id).orElseThrow(() -> new DocumentException(Problem.UNKNOWN_CYCLE));
    }

    public List<CycleChange> history(long id) {
        get(id);
        return store.history(id);
    }

    /** A cycle of a template for a plan year, with the template's dates and every kind's current section template. */
    public VersionedCycle create(String templateKey, int planYear, Actor actor) {
        ProcessTemplate template = ProcessTemplates.byKey(templateKey)
                .orElseThrow(() -> new InvalidValueException("template", InvalidValueException.Rule.UNKNOWN_TEMPLATE));
        if (planYear < Cycle.FIRST_YEAR || planYear > Cycle.LAST_YEAR) {
            throw new InvalidValueException("planYear", InvalidValueException.Rule.OUT_OF_RANGE,
                    String.valueOf(Cycle.FIRST_YEAR), String.valueOf(Cycle.LAST_YEAR));
        }
        Cycle cycle = CycleFactory.fromTemplate(template, planYear, currentVersions());
        CycleRules.requireOwnPeriod(cycle, cycles());
        return store.create(cycle, change(actor, CycleChange.Action.CREATED, List.of("template: " + template.key())));
    }

    /** A cycle built by the caller (from a template, with its own dates), recorded as created. */
    public VersionedCycle create(Cycle cycle, Actor actor) {
        CycleRules.requireOwnPeriod(cycle, cycles());
        return store.create(cycle, change(actor, CycleChange.Action.CREATED, List.of("template: " + cycle.templateKey())));
    }

    /** Last year's cycle for the next plan year ({@link NextYear}), refused when that year has a cycle already. */
    public VersionedCycle copy(long id, Actor actor) {
        Cycle last = get(id).cycle();
        Cycle next = NextYear.of(last);
        CycleRules.requireOwnPeriod(next, cycles());
        return store.create(next, change(actor, CycleChange.Action.COPIED, List.of("copy of: " + last.key())));
    }

    /**
     * The cycle as the draft describes it, saved on {@code expectedVersion}. A draft that changes nothing records
     * nothing and answers the stored cycle.
     */
    public VersionedCycle update(long id, long expectedVersion, CycleDraft draft, Actor actor) {
        VersionedCycle stored = changeable(id, expectedVersion);
        Set<Long> committeeIds = committees.findAll().stream().map(Committee::id).collect(Collectors.toSet());
        Cycle updated = rules.build(draft, stored.cycle(), committeeIds, cycles());
        List<String> details = CycleDiff.between(stored.cycle(), updated);
        if (details.isEmpty()) {
            return stored;
        }
        return store.update(updated, expectedVersion, change(actor, CycleChange.Action.UPDATED, details));
    }

    /** A finished cycle kept as it is: no longer changed, still shown with its documents. */
    public VersionedCycle archive(long id, long expectedVersion, Actor actor) {
        Cycle cycle = changeable(id, expectedVersion).cycle();
        Cycle archived = new Cycle(cycle.id(), cycle.key(), cycle.name(), cycle.planYear(), cycle.horizonYears(),
                cycle.templateKey(), cycle.templateVersions(), cycle.phases(), cycle.milestones(), true);
        return store.update(archived, expectedVersion, change(actor, CycleChange.Action.ARCHIVED, List.of()));
    }

    private VersionedCycle changeable(long id, long expectedVersion) {
        VersionedCycle stored = get(id);
        if (stored.version() != expectedVersion) {
            throw new CycleConflictException(store.history(id).stream().findFirst().orElse(null));
        }
        if (stored.cycle().archived()) {
            throw new DocumentException(Problem.CYCLE_ARCHIVED);
        }
        return stored;
    }

    private List<Cycle> cycles() {
        return store.findAll().stream().map(VersionedCycle::cycle).toList();
    }

    private Map<DocumentKind, String> currentVersions() {
        Map<DocumentKind, String> versions = new LinkedHashMap<>();
        for (KindSpecification specification : kinds.all()) {
            specification.currentTemplate().ifPresent(t -> versions.put(specification.kind(), t.version()));
        }
        return versions;
    }

    private CycleChange change(Actor actor, CycleChange.Action action, List<String> details) {
        return new CycleChange(0, 0, clock.instant(), actor.key(), actor.displayName(), action, details);
    }
}
