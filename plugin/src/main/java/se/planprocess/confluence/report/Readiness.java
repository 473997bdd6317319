package se.planprocess.confluence.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Which of a report's sections are marked ready: "4 av 7 avsnitt klara". */
public record Readiness(ReportTemplate template, Set<String> readySections) {
    public Readiness {
        Set<String> known = new LinkedHashSet<>();
        for (ReportSection section : template.sections()) {
            if (readySections.contains(section.key())) {
                known.add(section.key());
            }
        }
        readySections = Set.copyOf(known);
    }

    public int ready() {
        return readySections.size();
    }

    public int total() {
        return template.sections().size();
    }

    public boolean isReady(String sectionKey) {
        return readySections.contains(sectionKey);
    }

    public boolean isComplete() {
        return ready() == total();
    }

    public List<ReportSection> sections() {
        return template.sections();
    }
}
