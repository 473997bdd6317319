package se.planprocess.confluence.sections;

import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two wordings of one version, one line per field: {@code sections[goals].headingSv: a → b}.
 * Sections are matched by key (a version never changes its keys).
 */
public final class TemplateDiff {
    private TemplateDiff() {
    }

    public static List<String> between(ReportTemplate before, ReportTemplate after) {
        List<String> lines = new ArrayList<>();
        for (ReportSection section : after.sections()) {
            ReportSection old = before.section(section.key()).orElse(null);
            String path = "sections[" + section.key() + "]";
            if (old == null) {
                lines.add(path + " +");
                continue;
            }
            change(path + ".headingSv", old.heading().sv(), section.heading().sv(), lines);
            change(path + ".headingEn", old.heading().en(), section.heading().en(), lines);
            change(path + ".guidanceSv", old.guidance().sv(), section.guidance().sv(), lines);
            change(path + ".guidanceEn", old.guidance().en(), section.guidance().en(), lines);
        }
        if (lines.size() > TemplateChange.MAX_DETAILS) {
            int more = lines.size() - TemplateChange.MAX_DETAILS + 1;
            List<String> kept = new ArrayList<>(lines.subList(0, TemplateChange.MAX_DETAILS - 1));
            kept.add("… +" + more);
            return kept;
        }
        return lines;
    }

    private static void change(String path, String before, String after, List<String> lines) {
        if (!Objects.equals(before, after)) {
            lines.add(path + ": " + oneLine(before) + " → " + oneLine(after));
        }
    }

    /** Guidance may span lines; a detail line may not (the store joins details by line feeds). */
    private static String oneLine(String text) {
        return text == null ? "–" : text.replace('\n', ' ');
    }
}
