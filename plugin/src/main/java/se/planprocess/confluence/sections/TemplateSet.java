package se.planprocess.confluence.sections;

import se.planprocess.confluence.kind.KindCatalogue;
import se.planprocess.confluence.kind.KindSpecification;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The section templates in force, as read at one moment: every kind's built-in versions (its specification's, the
 * current one first) followed by its configured ones (by version key). A document, a cycle or a blueprint names a
 * version; {@link #templateFor} answers its wording, or the kind's current built-in one when the version is unknown
 * (a document registered before versions were recorded, or one whose version was never stored). Immutable: read it
 * once per request ({@link SectionTemplates#current()}), never keep it.
 */
public final class TemplateSet {
    private final KindCatalogue kinds;
    private final Map<DocumentKind, List<TemplateVersion>> versions = new LinkedHashMap<>();

    TemplateSet(KindCatalogue kinds, List<TemplateVersion> configured) {
        this.kinds = kinds;
        for (KindSpecification kind : kinds.all()) {
            List<TemplateVersion> all = new ArrayList<>();
            kind.templates().forEach(t -> all.add(TemplateVersion.builtIn(kind.kind(), t)));
            configured.stream()
                    .filter(v -> v.kind().equals(kind.kind()) && kind.template(v.version()).isEmpty())
                    .sorted(Comparator.comparing(TemplateVersion::version))
                    .forEach(all::add);
            versions.put(kind.kind(), List.copyOf(all));
        }
    }

    /** Only the kinds' built-in wordings. */
    public static TemplateSet builtIn(KindCatalogue kinds) {
        return new TemplateSet(kinds, List.of());
    }

    /** The kind's versions: built-in first (current first), then configured by version key; none for a kind without sections. */
    public List<TemplateVersion> versions(DocumentKind kind) {
        return versions.getOrDefault(kind, List.of());
    }

    public Optional<TemplateVersion> find(DocumentKind kind, String version) {
        return versions(kind).stream().filter(v -> v.version().equals(version)).findFirst();
    }

    /** The wording of exactly this version. */
    public Optional<ReportTemplate> template(DocumentKind kind, String version) {
        return find(kind, version).map(TemplateVersion::template);
    }

    /** The wording of this version, or the kind's current one when the version is unknown; empty for a kind without sections. */
    public Optional<ReportTemplate> templateFor(DocumentKind kind, String version) {
        return template(kind, version).or(() -> kinds.find(kind).flatMap(KindSpecification::currentTemplate));
    }

    /** The version keys the kind has, in order, for a refusal's message. */
    public List<String> versionKeys(DocumentKind kind) {
        return versions(kind).stream().map(TemplateVersion::version).toList();
    }
}
