package se.planprocess.confluence.kind;

import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.workflow.Workflows;

import java.util.List;

/**
 * The region's document kinds. The feedback report is created from the {@value #REPORT_BLUEPRINT} blueprint, and its
 * sections are meant to be ready when it is submitted ("Inskickad"); the
 * other plan documents and meetings have their workflows and scopes and get their blueprints later.
 */
public final class BuiltInKinds {
    /** The module key of the feedback report's blueprint in atlassian-plugin.xml. */
    public static final String REPORT_BLUEPRINT = "report-blueprint";

    public static final KindSpecification FEEDBACK_REPORT = new KindSpecification(DocumentKind.FEEDBACK_REPORT,
            Bilingual.of("Återkopplingsrapport", "Feedback report"), Scope.COMMITTEE, Workflows.FEEDBACK_REPORT,
            ReportTemplates.all(), PageRegistration.fromBlueprint(REPORT_BLUEPRINT),
            Workflows.SUBMITTED);
    public static final KindSpecification MEETING = new KindSpecification(DocumentKind.MEETING,
            Bilingual.of("Mötessida", "Meeting page"), Scope.MANY, Workflows.MEETING, List.of(), null);
    public static final KindSpecification OPERATIONAL_PLAN = new KindSpecification(DocumentKind.OPERATIONAL_PLAN,
            Bilingual.of("Verksamhetsplan", "Operational plan"), Scope.COMMITTEE, Workflows.OPERATIONAL_PLAN,
            List.of(), null);
    public static final KindSpecification ACTIVITY_PLAN = new KindSpecification(DocumentKind.ACTIVITY_PLAN,
            Bilingual.of("Aktivitetsplan", "Activity plan"), Scope.MANY, Workflows.ACTIVITY_PLAN, List.of(), null);
    public static final KindSpecification PLANNING_PREMISES = new KindSpecification(DocumentKind.PLANNING_PREMISES,
            Bilingual.of("Planeringsförutsättningar", "Planning premises"), Scope.REGION, Workflows.PLANNING_PREMISES,
            List.of(), null);

    static final List<KindSpecification> ALL =
            List.of(FEEDBACK_REPORT, MEETING, OPERATIONAL_PLAN, ACTIVITY_PLAN, PLANNING_PREMISES);

    private BuiltInKinds() {
    }
}
