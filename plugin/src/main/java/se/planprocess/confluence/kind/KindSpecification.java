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
 * one; none for a kind without sections), what its deadlines require, and how its pages are registered (none for a
 * kind that is not created from a blueprint yet). Registration, lateness, the status view and REST read a kind only
 * through this.
 */
public record KindSpecification(DocumentKind kind, Bilingual name, Scope scope, Workflow workflow,
                                List<ReportTemplate> templates, PageRegistration registration) {
    public KindSpecification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(workflow, "workflow");
        templates = templates == null ? List.of() : List.copyOf(templates);
        if (templates.stream().map(ReportTemplate::version).distinct().count() != templates.size()) {
            throw new IllegalArgumentException("Template versions of a kind are unique");
        }
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
