package se.planprocess.confluence.kind;

import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.workflow.Status;
import se.planprocess.confluence.workflow.Workflow;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the app knows about one kind of document, in one place: its name, its workflow, its scope (one per
 * committee and cycle, one per region and cycle, or many), its versioned section templates (the first is the current
 * one; none for a kind without sections), what its deadlines require, how its pages are registered (none for a
 * kind that is not created from a blueprint yet), and {@code readyBy}: the status by which every section is meant to
 * be ready (null: none). Moving a document forward into that status with sections not ready needs an explicit
 * confirmation, and the history records the sections that were not ready. Registration, lateness, the status view
 * and REST read a kind only through this.
 */
public record KindSpecification(DocumentKind kind, Bilingual name, Scope scope, Workflow workflow,
                                List<ReportTemplate> templates, PageRegistration registration, String readyBy) {
    public KindSpecification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(workflow, "workflow");
        templates = templates == null ? List.of() : List.copyOf(templates);
        if (templates.stream().map(ReportTemplate::version).distinct().count() != templates.size()) {
            throw new IllegalArgumentException("Template versions of a kind are unique");
        }
        if (readyBy != null && (templates.isEmpty() || workflow.status(readyBy).isEmpty())) {
            throw new IllegalArgumentException("readyBy names a status of the workflow of a kind with sections");
        }
    }

    /** A kind without a status by which its sections must be ready. */
    public KindSpecification(DocumentKind kind, Bilingual name, Scope scope, Workflow workflow,
                             List<ReportTemplate> templates, PageRegistration registration) {
        this(kind, name, scope, workflow, templates, registration, null);
    }

    /**
     * True when moving a document from {@code from} to {@code to} enters the status by which every section is meant
     * to be ready (a step forward; a step back into it asks nothing).
     */
    public boolean entersReadyBy(String from, String to) {
        return readyBy != null && readyBy.equals(to) && rank(to) > rank(from);
    }

    /** How its pages are registered, when they are created from a blueprint. */
    public Optional<PageRegistration> pageRegistration() {
        return Optional.ofNullable(registration);
    }

    public boolean hasSections() {
        return !templates.isEmpty();
    }

    /** The template new documents of this kind get, unless their cycle names another version. */
    public Optional<ReportTemplate> currentTemplate() {
        return templates.stream().findFirst();
    }

    /** The template of exactly this version. */
    public Optional<ReportTemplate> template(String version) {
        return templates.stream().filter(t -> t.version().equals(version)).findFirst();
    }

    /**
     * The sections a document of this kind is written against: its own version, or the current one when that version
     * is unknown (a document registered before its version was recorded); empty for a kind without sections.
     */
    public Optional<ReportTemplate> templateFor(String version) {
        return template(version).or(this::currentTemplate);
    }

    /** What a deadline for this kind may require: a status of its workflow. */
    public boolean canRequire(String status) {
        return workflow.status(status).isPresent();
    }

    /** True when a deadline is for this kind and its required status is met by {@code status} (or a later one). */
    public boolean meets(String status, Milestone deadline) {
        return kind.equals(deadline.documentKind()) && workflow.hasReached(status, deadline.requiredStatus());
    }

    /** The status of that key in the workflow; an unknown key counts as the first status. */
    public Status statusOf(String status) {
        return workflow.status(status).orElse(workflow.initial());
    }

    /** The position of a status in the workflow; an unknown status counts as the first. */
    public int rank(String status) {
        return workflow.rank(statusOf(status));
    }
}
