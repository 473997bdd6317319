package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;
import se.planprocess.confluence.sections.TemplateChange;
import se.planprocess.confluence.sections.TemplateConflictException;
import se.planprocess.confluence.sections.TemplateStore;
import se.planprocess.confluence.sections.TemplateVersion;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configured template versions in Active Objects: {@code SECTION_TEMPLATE} (one row per version, unique
 * "kind:version"), {@code TEMPLATE_SECTION} (its sections in order) and {@code TEMPLATE_CHANGE} (its recorded changes,
 * unique "kind:version:revision"). The revision is enforced by the database: a change inserts its row before the
 * sections are rewritten, in the same transaction, so of two writers starting from the same revision only one commits
 * (on any node). Nothing is kept between calls: every read is a query.
 */
public final class AoTemplateStore implements TemplateStore {
    /** AO refuses '' in a NOT NULL column: the empty key of {@code Actor.SYSTEM} is stored as this instead. */
    private static final String EMPTY_ACTOR_KEY = "#none";

    private final ActiveObjects ao;

    public AoTemplateStore(ActiveObjects ao) {
        this.ao = ao;
    }

    /** Every configured version: three queries, whatever their number. */
    @Override
    public List<TemplateVersion> findAll() {
        AoSectionTemplate[] rows = ao.find(AoSectionTemplate.class, Query.select());
        if (rows.length == 0) {
            return List.of();
        }
        Map<String, List<AoTemplateSection>> sections = new HashMap<>();
        for (AoTemplateSection section : ao.find(AoTemplateSection.class, Query.select())) {
            sections.computeIfAbsent(section.getTemplateKey(), k -> new ArrayList<>()).add(section);
        }
        Map<String, Long> revisions = new HashMap<>();
        for (AoTemplateChange change : ao.find(AoTemplateChange.class,
                Query.select("ID, TEMPLATE_KEY, REVISION"))) {
            revisions.merge(change.getTemplateKey(), change.getRevision(), Math::max);
        }
        List<TemplateVersion> all = new ArrayList<>();
        for (AoSectionTemplate row : rows) {
            toDomain(row, sections.getOrDefault(row.getTemplateKey(), List.of()),
                    revisions.getOrDefault(row.getTemplateKey(), 1L)).ifPresent(all::add);
        }
        return all;
    }

    @Override
    public Optional<TemplateVersion> find(DocumentKind kind, String version) {
        String key = key(kind, version);
        AoSectionTemplate[] rows = ao.find(AoSectionTemplate.class, Query.select().where("TEMPLATE_KEY = ?", key));
        if (rows.length == 0) {
            return Optional.empty();
        }
        return toDomain(rows[0], List.of(sections(key)), revision(key));
    }

    @Override
    public TemplateVersion create(TemplateVersion version, TemplateChange change) {
        String key = key(version.kind(), version.version());
        try {
            return ao.executeInTransaction(() -> {
                Map<String, Object> values = new HashMap<>();
                values.put("TEMPLATE_KEY", key);
                values.put("KIND", version.kind().key());
                values.put("TEMPLATE_VERSION", version.version());
                values.put("BASED_ON", version.basedOn());
                ao.create(AoSectionTemplate.class, values);
                writeSections(key, version.template());
                record(key, change.at(1));
                return new TemplateVersion(version.kind(), version.template(), false, version.basedOn(), 1);
            });
        } catch (RuntimeException e) {
            if (ao.count(AoSectionTemplate.class, Query.select().where("TEMPLATE_KEY = ?", key)) > 0) {
                throw new InvalidValueException("version", InvalidValueException.Rule.DUPLICATE_KEY,
                        version.version());
            }
            throw e;
        }
    }

    @Override
    public TemplateVersion update(TemplateVersion version, long expectedRevision, TemplateChange change) {
        String key = key(version.kind(), version.version());
        long next = expectedRevision + 1;
        try {
            return ao.executeInTransaction(() -> {
                if (revision(key) != expectedRevision) {
                    throw new TemplateConflictException(latest(key).orElse(null));
                }
                record(key, change.at(next));
                for (AoTemplateSection section : sections(key)) {
                    ao.delete(section);
                }
                writeSections(key, version.template());
                return new TemplateVersion(version.kind(), version.template(), false, version.basedOn(), next);
            });
        } catch (TemplateConflictException e) {
            throw e;
        } catch (RuntimeException e) {
            if (revision(key) != expectedRevision) {
                throw new TemplateConflictException(latest(key).orElse(null));
            }
            throw e;
        }
    }

    @Override
    public List<TemplateChange> history(DocumentKind kind, String version) {
        return Arrays.stream(ao.find(AoTemplateChange.class, Query.select()
                        .where("TEMPLATE_KEY = ?", key(kind, version)).order("REVISION DESC")))
                .map(row -> toDomain(kind, version, row))
                .toList();
    }

    static String key(DocumentKind kind, String version) {
        return kind.key() + ":" + version;
    }

    private void writeSections(String key, ReportTemplate template) {
        for (int i = 0; i < template.sections().size(); i++) {
            ReportSection section = template.sections().get(i);
            Map<String, Object> values = new HashMap<>();
            values.put("TEMPLATE_KEY", key);
            values.put("SECTION_ORDER", i);
            values.put("SECTION_KEY", section.key());
            values.put("HEADING_SV", section.heading().sv());
            values.put("HEADING_EN", section.heading().en());
            values.put("GUIDANCE_SV", section.guidance().sv());
            values.put("GUIDANCE_EN", section.guidance().en());
            ao.create(AoTemplateSection.class, values);
        }
    }

    private AoTemplateSection[] sections(String key) {
        return ao.find(AoTemplateSection.class, Query.select().where("TEMPLATE_KEY = ?", key));
    }

    private Optional<TemplateChange> latest(String key) {
        AoTemplateChange[] rows = ao.find(AoTemplateChange.class, Query.select()
                .where("TEMPLATE_KEY = ?", key).order("REVISION DESC").limit(1));
        if (rows.length == 0) {
            return Optional.empty();
        }
        String[] parts = key.split(":", 2);
        return DocumentKind.fromKey(parts[0]).map(kind -> toDomain(kind, parts[1], rows[0]));
    }

    private long revision(String key) {
        AoTemplateChange[] rows = ao.find(AoTemplateChange.class, Query.select("ID, REVISION")
                .where("TEMPLATE_KEY = ?", key).order("REVISION DESC").limit(1));
        return rows.length == 0 ? 1 : rows[0].getRevision();
    }

    private void record(String key, TemplateChange change) {
        Map<String, Object> values = new HashMap<>();
        values.put("TEMPLATE_KEY", key);
        values.put("REVISION", change.revision());
        values.put("CHANGE_KEY", key + ":" + change.revision());
        values.put("CHANGE_ACTION", change.action().name());
        values.put("ACTOR_KEY", change.actorKey().isEmpty() ? EMPTY_ACTOR_KEY : change.actorKey());
        values.put("ACTOR_NAME", change.actorName());
        values.put("CHANGED_AT", change.at().toEpochMilli());
        values.put("DETAILS", change.details().isEmpty() ? null : String.join("\n", change.details()));
        ao.create(AoTemplateChange.class, values);
    }

    /** A stored version; one of a kind the app no longer knows is left out. */
    private static Optional<TemplateVersion> toDomain(AoSectionTemplate row, List<AoTemplateSection> sections,
                                                      long revision) {
        Optional<DocumentKind> kind = DocumentKind.fromKey(row.getKind());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        List<ReportSection> ordered = sections.stream()
                .sorted(Comparator.comparingInt(AoTemplateSection::getSectionOrder))
                .map(s -> new ReportSection(s.getSectionKey(), Bilingual.of(s.getHeadingSv(), s.getHeadingEn()),
                        Bilingual.of(s.getGuidanceSv(), s.getGuidanceEn())))
                .toList();
        return Optional.of(new TemplateVersion(kind.get(), new ReportTemplate(row.getTemplateVersion(), ordered),
                false, row.getBasedOn(), revision));
    }

    private static TemplateChange toDomain(DocumentKind kind, String version, AoTemplateChange row) {
        String details = row.getDetails();
        return new TemplateChange(kind, version, row.getRevision(), Instant.ofEpochMilli(row.getChangedAt()),
                EMPTY_ACTOR_KEY.equals(row.getActorKey()) ? "" : row.getActorKey(), row.getActorName(),
                TemplateChange.Action.valueOf(row.getChangeAction()),
                details == null || details.isEmpty() ? List.of() : List.of(details.split("\n")));
    }
}
