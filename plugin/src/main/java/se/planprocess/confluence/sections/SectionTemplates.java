package se.planprocess.confluence.sections;

import se.planprocess.confluence.document.Actor;
import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;
import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.report.ReportTemplate;

import java.time.Clock;
import java.util.List;

/**
 * The section templates of every kind: which wording is in force ({@link #current()}, read from the store on every
 * call, so every node of a cluster serves what the database holds) and keeping the configured versions. A new version
 * is a copy of an existing one (built-in or configured) under a new key; a configured version may then be reworded,
 * also when documents already use it (their pages keep the headings they were created with; the section keys, which
 * readiness and history store, never change). Built-in versions are the kinds' own and are never changed. Every
 * change is checked by {@link TemplateRules} before anything is written, recorded with who, when and what, and made
 * on the revision the administrator saw. Who may do this is the caller's check.
 */
public final class SectionTemplates {
    private final KindCatalogue kinds;
    private final TemplateStore store;
    private final Clock clock;

    public SectionTemplates(KindCatalogue kinds, TemplateStore store, Clock clock) {
        this.kinds = kinds;
        this.store = store;
        this.clock = clock;
    }

    /** Only the kinds' built-in wordings, for callers without a store (and tests). */
    public static SectionTemplates builtIn(KindCatalogue kinds) {
        return new SectionTemplates(kinds, TemplateStore.NONE, Clock.systemUTC());
    }

    /** The templates in force now: one read of the store. */
    public TemplateSet current() {
        return new TemplateSet(kinds, store.findAll());
    }

    /** The kinds with sections, in the catalogue's order. */
    public List<KindSpecification> kindsWithSections() {
        return kinds.all().stream().filter(KindSpecification::hasSections).toList();
    }

    /** One version of a kind's template; an unknown kind or version is 404. */
    public TemplateVersion get(DocumentKind kind, String version) {
        return current().find(kind, version)
                .orElseThrow(() -> new DocumentException(Problem.UNKNOWN_SECTION_TEMPLATE));
    }

    /** The version's recorded changes, newest first (none for a built-in one). */
    public List<TemplateChange> history(DocumentKind kind, String version) {
        TemplateVersion found = get(kind, version);
        return found.builtIn() ? List.of() : store.history(kind, version);
    }

    /**
     * A new version {@code newVersion} of the kind with the wording of {@code from}.
     *
     * @throws InvalidValueException on {@code version}: not in the version format, or the kind has it already
     */
    public TemplateVersion copy(DocumentKind kind, String from, String newVersion, Actor actor) {
        TemplateVersion source = get(kind, from);
        String key = TemplateRules.versionKey(newVersion);
        TemplateSet set = current();
        if (set.versions(kind).stream().anyMatch(v -> v.version().equalsIgnoreCase(key))) {
            throw new InvalidValueException("version", Rule.DUPLICATE_KEY, key);
        }
        ReportTemplate copy = new ReportTemplate(key, source.template().sections());
        TemplateVersion created = new TemplateVersion(kind, copy, false, source.version(), 1);
        return store.create(created, change(kind, key, actor, TemplateChange.Action.CREATED,
                List.of("copy of: " + source.version())));
    }

    /**
     * The configured version reworded as the drafts say, saved on {@code expectedRevision}. A draft that changes
     * nothing records nothing and answers the stored version.
     *
     * @throws DocumentException {@code BUILT_IN_TEMPLATE} for a built-in version; {@link TemplateConflictException}
     *         when someone saved since {@code expectedRevision}
     * @throws InvalidValueException naming the first field that breaks a rule
     */
    public TemplateVersion update(DocumentKind kind, String version, long expectedRevision, List<SectionDraft> sections,
                                  Actor actor) {
        TemplateVersion stored = get(kind, version);
        if (stored.builtIn()) {
            throw new DocumentException(Problem.BUILT_IN_TEMPLATE, stored.version());
        }
        if (stored.revision() != expectedRevision) {
            throw new TemplateConflictException(store.history(kind, version).stream().findFirst().orElse(null));
        }
        ReportTemplate reworded = TemplateRules.reworded(stored.template(), sections);
        List<String> details = TemplateDiff.between(stored.template(), reworded);
        if (details.isEmpty()) {
            return stored;
        }
        return store.update(stored.with(reworded, expectedRevision + 1), expectedRevision,
                change(kind, version, actor, TemplateChange.Action.UPDATED, details));
    }

    private TemplateChange change(DocumentKind kind, String version, Actor actor, TemplateChange.Action action,
                                  List<String> details) {
        return new TemplateChange(kind, version, 0, clock.instant(), actor.key(), actor.displayName(), action,
                details);
    }
}
