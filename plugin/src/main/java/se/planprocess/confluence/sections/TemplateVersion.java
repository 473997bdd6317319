package se.planprocess.confluence.sections;

import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplate;

import java.util.Objects;

/**
 * One version of a kind's section template as the app serves it: built in (the kind's specification, e.g. the feedback
 * report's 2024 and 2021 wordings; never changed, revision 0) or configured (stored, copied from {@code basedOn};
 * revision = the number of its recorded changes, which the next change must name).
 */
public record TemplateVersion(DocumentKind kind, ReportTemplate template, boolean builtIn, String basedOn,
                              long revision) {
    public TemplateVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(template, "template");
        if (builtIn ? revision != 0 : revision < 1) {
            throw new IllegalArgumentException("A built-in version has revision 0, a stored one 1 or later");
        }
    }

    /** A version of the kind's specification. */
    public static TemplateVersion builtIn(DocumentKind kind, ReportTemplate template) {
        return new TemplateVersion(kind, template, true, null, 0);
    }

    public String version() {
        return template.version();
    }

    /** The same configured version with other wording at another revision. */
    TemplateVersion with(ReportTemplate reworded, long newRevision) {
        return new TemplateVersion(kind, reworded, false, basedOn, newRevision);
    }
}
