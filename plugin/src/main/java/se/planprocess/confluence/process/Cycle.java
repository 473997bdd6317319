package se.planprocess.confluence.process;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One plan year of a process, e.g. "Regionplan 2027–2030": its own phase dates, milestones and the version of the
 * feedback report template it uses.
 */
public record Cycle(long id, String key, Bilingual name, int planYear, int horizonYears, String templateKey,
                    String reportTemplateVersion, List<CyclePhase> phases, List<Milestone> milestones) {
    public Cycle {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(templateKey, "templateKey");
        Objects.requireNonNull(reportTemplateVersion, "reportTemplateVersion");
        phases = List.copyOf(phases);
        milestones = milestones.stream().sorted(Comparator.comparing(Milestone::date)).toList();
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("A cycle has at least one phase");
        }
    }

    /** From the first phase's start to the last phase's end. */
    public DateRange span() {
        LocalDate start = phases.stream().map(p -> p.dates().start()).min(Comparator.naturalOrder()).orElseThrow();
        LocalDate end = phases.stream().map(p -> p.dates().end()).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate lastMilestone = milestones.isEmpty() ? end : milestones.get(milestones.size() - 1).date();
        return new DateRange(start, lastMilestone.isAfter(end) ? lastMilestone : end);
    }

    public Optional<CyclePhase> phase(String key) {
        return phases.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The deadline milestones for a kind of document that apply to a committee, earliest first. */
    public List<Milestone> deadlinesFor(DocumentKind kind, Long committeeId) {
        return milestones.stream()
                .filter(m -> m.documentKind() == kind)
                .filter(m -> committeeId == null || m.appliesTo(committeeId))
                .toList();
    }

    /** The year the cycle's feedback reports are written: the year of their first deadline. */
    public int reportYear() {
        return deadlinesFor(DocumentKind.FEEDBACK_REPORT, null).stream()
                .findFirst()
                .map(m -> m.date().getYear())
                .orElse(planYear - 1);
    }
}
