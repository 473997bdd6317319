package se.planprocess.confluence.sections;

import se.planprocess.confluence.document.DocumentException;
import se.planprocess.confluence.document.Problem;

/** A save based on a revision of the template version that someone else has changed since; nothing was written. */
public class TemplateConflictException extends DocumentException {
    private final transient TemplateChange latest;

    public TemplateConflictException(TemplateChange latest) {
        super(Problem.TEMPLATE_CONFLICT, latest == null ? "" : latest.actorName());
        this.latest = latest;
    }

    /** The change that made the current revision, when known. */
    public TemplateChange latest() {
        return latest;
    }
}
