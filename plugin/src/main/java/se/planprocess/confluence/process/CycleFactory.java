package se.planprocess.confluence.process;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Makes a cycle of a template for a plan year, with the template's default dates and the given template versions. */
public final class CycleFactory {
    private CycleFactory() {
    }

    public static Cycle fromTemplate(ProcessTemplate template, int planYear,
                                     Map<DocumentKind, String> templateVersions) {
        int baseYear = template.baseYear(planYear);
        List<CyclePhase> phases = template.phases().stream()
                .map(p -> new CyclePhase(p.key(), p.name(), p.window().resolve(baseYear), p.parallel()))
                .toList();
        List<Milestone> milestones = template.milestones().stream()
                .map(m -> new Milestone(m.key(), m.name(), m.day().atYear(baseYear + m.yearOffset()), m.phaseKey(),
                        null, m.documentKind(), m.requiredStatus()))
                .toList();
        String key = template.key().toLowerCase(Locale.ROOT) + "-" + planYear;
        return new Cycle(0, key, template.cycleName(planYear), planYear, template.horizonYears(), template.key(),
                templateVersions, phases, milestones);
    }
}
