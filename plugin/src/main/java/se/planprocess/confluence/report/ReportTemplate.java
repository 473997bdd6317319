package se.planprocess.confluence.report;

import java.util.List;
import java.util.Optional;

/** One version of the feedback report's headings and guidance, e.g. "2024" (seed 000) or "2021" (seed 002). */
public record ReportTemplate(String version, List<ReportSection> sections) {
    public ReportTemplate {
        sections = List.copyOf(sections);
        if (sections.stream().map(ReportSection::key).distinct().count() != sections.size()) {
            throw new IllegalArgumentException("Section keys must be unique");
        }
    }

    public Optional<ReportSection> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
