package se.planprocess.confluence.administration;

import java.util.List;
import java.util.Map;

/**
 * A cycle as an administrator wrote it, before any rule is checked: texts as typed, days as {@code YYYY-MM-DD}
 * text. {@link CycleRules#build} turns it into a cycle or refuses it naming the field as a client sends it
 * ({@code phases[2].end}, {@code milestones[0].requiredStatus}).
 */
public record CycleDraft(String nameSv, String nameEn, int horizonYears, Map<String, String> templateVersions,
                         List<PhaseDraft> phases, List<MilestoneDraft> milestones) {
    public CycleDraft {
        templateVersions = templateVersions == null ? Map.of() : Map.copyOf(templateVersions);
        phases = phases == null ? List.of() : List.copyOf(phases);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
    }

    /** The draft that describes a cycle as it is (for a form, or to change one field of it). */
    public static CycleDraft of(se.planprocess.confluence.process.Cycle cycle) {
        Map<String, String> versions = new java.util.LinkedHashMap<>();
        cycle.templateVersions().forEach((kind, version) -> versions.put(kind.key(), version));
        return new CycleDraft(cycle.name().sv(), cycle.name().en(), cycle.horizonYears(), versions,
                cycle.phases().stream().map(p -> new PhaseDraft(p.key(), p.name().sv(), p.name().en(),
                        p.dates().start().toString(), p.dates().end().toString(), p.parallel())).toList(),
                cycle.milestones().stream().map(m -> new MilestoneDraft(m.key(), m.name().sv(), m.name().en(),
                        m.date().toString(), m.phaseKey(), m.documentKind() == null ? null : m.documentKind().key(),
                        m.requiredStatus(), m.committeeIds().stream().sorted().toList())).toList());
    }

    /** This draft with one phase replaced. */
    public CycleDraft withPhase(int index, PhaseDraft phase) {
        List<PhaseDraft> changed = new java.util.ArrayList<>(phases);
        changed.set(index, phase);
        return new CycleDraft(nameSv, nameEn, horizonYears, templateVersions, changed, milestones);
    }

    /** This draft with one milestone replaced. */
    public CycleDraft withMilestone(int index, MilestoneDraft milestone) {
        List<MilestoneDraft> changed = new java.util.ArrayList<>(milestones);
        changed.set(index, milestone);
        return new CycleDraft(nameSv, nameEn, horizonYears, templateVersions, phases, changed);
    }

    /** This draft with another Swedish name. */
    public CycleDraft withNameSv(String name) {
        return new CycleDraft(name, nameEn, horizonYears, templateVersions, phases, milestones);
    }

    /** A phase as written; {@code parallel}: it runs beside the others and is left out of their order. */
    public record PhaseDraft(String key, String nameSv, String nameEn, String start, String end, boolean parallel) {
    }

    /**
     * A milestone as written: a deadline when it names a kind and the status its documents must have reached; the
     * committees it binds (empty: all).
     */
    public record MilestoneDraft(String key, String nameSv, String nameEn, String date, String phase,
                                 String documentKind, String requiredStatus, List<Long> committees) {
        public MilestoneDraft {
            committees = committees == null ? List.of() : List.copyOf(committees);
        }
    }
}
