package se.planprocess.confluence.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import se.planprocess.confluence.document.CycleRepository;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.Cycle;
import se.planprocess.confluence.process.CyclePhase;
import se.planprocess.confluence.process.DateRange;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.process.Milestone;
import se.planprocess.confluence.process.PhaseDefinition;
import se.planprocess.confluence.process.ProcessTemplates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Cycles with their phases and milestones in Active Objects: three queries for all cycles, never one per row. */
public final class AoCycleRepository implements CycleRepository {
    /** AO refuses '' in a NOT NULL column: a cycle naming no feedback report version stores this instead. */
    static final String NO_VERSION = "#none";

    private final ActiveObjects ao;

    public AoCycleRepository(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public List<Cycle> findAll() {
        AoCycle[] cycles = ao.find(AoCycle.class, Query.select().order("PLAN_YEAR"));
        if (cycles.length == 0) {
            return List.of();
        }
        Map<Integer, List<AoPhase>> phases = Arrays.stream(ao.find(AoPhase.class, Query.select()))
                .collect(Collectors.groupingBy(AoPhase::getCycleId));
        Map<Integer, List<AoMilestone>> milestones = Arrays.stream(ao.find(AoMilestone.class, Query.select()))
                .collect(Collectors.groupingBy(AoMilestone::getCycleId));
        return Arrays.stream(cycles)
                .map(c -> toDomain(c, phases.getOrDefault(c.getID(), List.of()),
                        milestones.getOrDefault(c.getID(), List.of())))
                .toList();
    }

    @Override
    public Optional<Cycle> findById(long id) {
        AoCycle row = ao.get(AoCycle.class, (int) id);
        return row == null ? Optional.empty() : Optional.of(load(row));
    }

    @Override
    public Optional<Cycle> findByKey(String key) {
        AoCycle[] rows = ao.find(AoCycle.class, Query.select().where("CYCLE_KEY = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(load(rows[0]));
    }

    @Override
    public Cycle save(Cycle cycle) {
        return ao.executeInTransaction(() -> {
            AoCycle row;
            if (cycle.id() == 0) {
                Map<String, Object> values = new HashMap<>();
                values.put("CYCLE_KEY", cycle.key());
                values.put("NAME_SV", cycle.name().sv());
                values.put("TEMPLATE_KEY", cycle.templateKey());
                values.put("REPORT_TEMPLATE", reportTemplate(cycle));
                row = ao.create(AoCycle.class, values);
            } else {
                row = ao.get(AoCycle.class, (int) cycle.id());
                if (row == null) {
                    throw new IllegalArgumentException("No cycle " + cycle.id());
                }
                ao.deleteWithSQL(AoPhase.class, "CYCLE_ID = ?", row.getID());
                ao.deleteWithSQL(AoMilestone.class, "CYCLE_ID = ?", row.getID());
            }
            row.setCycleKey(cycle.key());
            row.setNameSv(cycle.name().sv());
            row.setNameEn(cycle.name().en());
            row.setPlanYear(cycle.planYear());
            row.setHorizonYears(cycle.horizonYears());
            row.setTemplateKey(cycle.templateKey());
            row.setReportTemplate(reportTemplate(cycle));
            row.setTemplateVersions(joinVersions(cycle.templateVersions()));
            row.setArchived(cycle.archived());
            row.save();
            int position = 0;
            for (CyclePhase phase : cycle.phases()) {
                Map<String, Object> values = new HashMap<>();
                values.put("CYCLE_ID", row.getID());
                values.put("PHASE_KEY", phase.key());
                values.put("NAME_SV", phase.name().sv());
                values.put("NAME_EN", phase.name().en());
                values.put("START_DATE", phase.dates().start().toString());
                values.put("END_DATE", phase.dates().end().toString());
                values.put("POSITION", position++);
                values.put("PARALLEL", phase.parallel());
                ao.create(AoPhase.class, values);
            }
            for (Milestone milestone : cycle.milestones()) {
                Map<String, Object> values = new HashMap<>();
                values.put("CYCLE_ID", row.getID());
                values.put("MILESTONE_KEY", milestone.key());
                values.put("NAME_SV", milestone.name().sv());
                values.put("NAME_EN", milestone.name().en());
                values.put("DUE_DATE", milestone.date().toString());
                values.put("PHASE_KEY", milestone.phaseKey());
                values.put("COMMITTEE_IDS", milestone.committeeIds().stream().sorted().map(String::valueOf)
                        .collect(Collectors.joining(",")));
                values.put("DOC_KIND", milestone.documentKind() == null ? null : milestone.documentKind().key());
                values.put("REQUIRED_STATUS", milestone.requiredStatus());
                ao.create(AoMilestone.class, values);
            }
            return load(row);
        });
    }

    private Cycle load(AoCycle row) {
        List<AoPhase> phases = List.of(ao.find(AoPhase.class, Query.select().where("CYCLE_ID = ?", row.getID())));
        List<AoMilestone> milestones = List.of(ao.find(AoMilestone.class,
                Query.select().where("CYCLE_ID = ?", row.getID())));
        return toDomain(row, phases, milestones);
    }

    private static Cycle toDomain(AoCycle row, List<AoPhase> phases, List<AoMilestone> milestones) {
        List<CyclePhase> cyclePhases = phases.stream()
                .sorted(Comparator.comparingInt(AoPhase::getPosition))
                .map(p -> new CyclePhase(p.getPhaseKey(), Bilingual.of(p.getNameSv(), p.getNameEn()),
                        new DateRange(LocalDate.parse(p.getStartDate()), LocalDate.parse(p.getEndDate())),
                        parallel(row.getTemplateKey(), p)))
                .toList();
        List<Milestone> cycleMilestones = milestones.stream()
                .map(m -> new Milestone(m.getMilestoneKey(), Bilingual.of(m.getNameSv(), m.getNameEn()),
                        LocalDate.parse(m.getDueDate()), m.getPhaseKey(), parseIds(m.getCommitteeIds()),
                        DocumentKind.fromKey(m.getDocKind()).orElse(null),
                        m.getDocKind() == null ? null : m.getRequiredStatus()))
                .toList();
        return new Cycle(row.getID(), row.getCycleKey(), Bilingual.of(row.getNameSv(), row.getNameEn()),
                row.getPlanYear(), row.getHorizonYears(), row.getTemplateKey(), templateVersions(row),
                cyclePhases, cycleMilestones, Boolean.TRUE.equals(row.getArchived()));
    }

    /** The stored mark, or for a row from before the column the mark of the template's phase of the same key. */
    private static boolean parallel(String templateKey, AoPhase phase) {
        if (phase.getParallel() != null) {
            return phase.getParallel();
        }
        return ProcessTemplates.byKey(templateKey).flatMap(t -> t.phase(phase.getPhaseKey()))
                .map(PhaseDefinition::parallel).orElse(false);
    }

    /**
     * The template versions of a row: its {@code TEMPLATE_VERSIONS}, or for a row from before that column the
     * feedback report's version in {@code REPORT_TEMPLATE}.
     */
    static Map<DocumentKind, String> templateVersions(AoCycle row) {
        Map<DocumentKind, String> versions = new LinkedHashMap<>();
        String joined = row.getTemplateVersions();
        if (joined == null) {
            String report = row.getReportTemplate();
            if (report != null && !report.isBlank() && !NO_VERSION.equals(report)) {
                versions.put(DocumentKind.FEEDBACK_REPORT, report);
            }
            return versions;
        }
        for (String pair : joined.split(",")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                DocumentKind.fromKey(pair.substring(0, equals).trim())
                        .ifPresent(kind -> versions.put(kind, pair.substring(equals + 1).trim()));
            }
        }
        return versions;
    }

    /** Kinds in key order: the same cycle is always stored the same way. */
    private static String joinVersions(Map<DocumentKind, String> versions) {
        return versions.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(DocumentKind::key)))
                .map(e -> e.getKey().key() + "=" + e.getValue())
                .collect(Collectors.joining(","));
    }

    /** What the first column still holds: the feedback report's version, as older versions of the app read it. */
    private static String reportTemplate(Cycle cycle) {
        return cycle.templateVersion(DocumentKind.FEEDBACK_REPORT).orElse(NO_VERSION);
    }

    private static Set<Long> parseIds(String ids) {
        Set<Long> result = new LinkedHashSet<>();
        if (ids != null) {
            for (String id : ids.split(",")) {
                if (!id.isBlank()) {
                    result.add(Long.parseLong(id.trim()));
                }
            }
        }
        return result;
    }
}
