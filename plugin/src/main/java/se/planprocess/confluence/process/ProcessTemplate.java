package se.planprocess.confluence.process;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An ordered set of phases with default windows and default milestones. Windows are relative to the
 * <em>base year</em>: the plan year plus {@code baseYearOffset} (the region's yearly process runs the year before
 * the plan's first year, so its offset is -1).
 */
public record ProcessTemplate(String key, Bilingual name, Bilingual cycleNamePrefix, int horizonYears,
                              int baseYearOffset, List<PhaseDefinition> phases,
                              List<MilestoneDefinition> milestones) {
    public ProcessTemplate {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cycleNamePrefix, "cycleNamePrefix");
        if (horizonYears < 1) {
            throw new IllegalArgumentException("The horizon is at least one year");
        }
        phases = List.copyOf(phases);
        milestones = List.copyOf(milestones);
        if (phases.isEmpty()) {
            throw new IllegalArgumentException("A process has at least one phase");
        }
        for (MilestoneDefinition milestone : milestones) {
            if (phases.stream().noneMatch(p -> p.key().equals(milestone.phaseKey()))) {
                throw new IllegalArgumentException("Milestone " + milestone.key() + " names an unknown phase");
            }
        }
    }

    public int baseYear(int planYear) {
        return planYear + baseYearOffset;
    }

    public Optional<PhaseDefinition> phase(String phaseKey) {
        return phases.stream().filter(p -> p.key().equals(phaseKey)).findFirst();
    }

    /** "Regionplan 2027–2030" for plan year 2027 and a four-year horizon. */
    public Bilingual cycleName(int planYear) {
        String years = planYear + "\u2013" + (planYear + horizonYears - 1);
        return Bilingual.of(cycleNamePrefix.sv() + " " + years, cycleNamePrefix.en() + " " + years);
    }
}
