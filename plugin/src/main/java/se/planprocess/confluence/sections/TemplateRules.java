package se.planprocess.confluence.sections;

import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.InvalidValueException;
import se.planprocess.confluence.process.InvalidValueException.Rule;
import se.planprocess.confluence.process.UserText;
import se.planprocess.confluence.report.ReportSection;
import se.planprocess.confluence.report.ReportTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every rule of a configured template version, naming the field as a client sends it ({@code version},
 * {@code sections[2].headingSv}). The sections are the kind's: a version rewords them and never adds, removes,
 * reorders or renames one, so readiness and history (which store section keys) mean the same in every version.
 */
public final class TemplateRules {
    /** A heading is one line of at most this many characters. */
    public static final int MAX_HEADING = 200;
    /** Guidance may span lines, at most this many characters. */
    public static final int MAX_GUIDANCE = 2000;
    /** A version key: a letter or digit, then letters, digits, '.', '_' or '-'; at most 20 characters ("2026", "2026b"). */
    public static final String VERSION_FORMAT = "[0-9A-Za-z][0-9A-Za-z._-]{0,19}";

    private TemplateRules() {
    }

    /** A new version's key as typed: trimmed, in the version format. */
    public static String versionKey(String value) {
        String key = UserText.name(value, "version", 20);
        if (!key.matches(VERSION_FORMAT)) {
            throw new InvalidValueException("version", Rule.TEMPLATE_VERSION_FORMAT);
        }
        return key;
    }

    /**
     * The base's sections with the wording of the drafts: one draft per section, in the base's order, each naming its
     * section's key.
     */
    public static ReportTemplate reworded(ReportTemplate base, List<SectionDraft> drafts) {
        List<ReportSection> sections = base.sections();
        String keys = sections.stream().map(ReportSection::key).collect(Collectors.joining(", "));
        if (drafts == null || drafts.size() != sections.size()) {
            throw new InvalidValueException("sections", Rule.SECTION_KEYS, keys);
        }
        List<ReportSection> reworded = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            ReportSection section = sections.get(i);
            SectionDraft draft = drafts.get(i);
            String path = "sections[" + i + "].";
            if (draft == null || !section.key().equals(draft.key())) {
                throw new InvalidValueException(path + "key", Rule.SECTION_KEYS, keys);
            }
            String headingSv = UserText.name(draft.headingSv(), path + "headingSv", MAX_HEADING);
            String headingEn = UserText.optionalName(draft.headingEn(), path + "headingEn", MAX_HEADING);
            String guidanceSv = guidance(draft.guidanceSv(), path + "guidanceSv", true);
            String guidanceEn = guidance(draft.guidanceEn(), path + "guidanceEn", false);
            reworded.add(new ReportSection(section.key(), Bilingual.of(headingSv, headingEn),
                    Bilingual.of(guidanceSv, guidanceEn)));
        }
        return new ReportTemplate(base.version(), reworded);
    }

    private static String guidance(String value, String field, boolean required) {
        String text = UserText.comment(value, field);
        if (text == null) {
            if (required) {
                throw new InvalidValueException(field, Rule.BLANK);
            }
            return null;
        }
        if (text.length() > MAX_GUIDANCE) {
            throw new InvalidValueException(field, Rule.TOO_LONG, MAX_GUIDANCE);
        }
        return text;
    }
}
