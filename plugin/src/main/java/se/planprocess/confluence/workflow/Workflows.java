package se.planprocess.confluence.workflow;

import se.planprocess.confluence.process.Bilingual;

import java.util.List;

import static se.planprocess.confluence.workflow.Status.Colour.BLUE;
import static se.planprocess.confluence.workflow.Status.Colour.GREEN;
import static se.planprocess.confluence.workflow.Status.Colour.GREY;
import static se.planprocess.confluence.workflow.Status.Colour.YELLOW;

/** The workflows of the built-in document kinds; each kind's specification names its own. */
public final class Workflows {
    /** Feedback report statuses, from seed 000: "berett, behandlat, beslutat och skickat in … tillhanda". */
    public static final String DRAFT = "draft";
    public static final String PREPARED = "prepared";
    public static final String HANDLED = "handled";
    public static final String DECIDED = "decided";
    public static final String SUBMITTED = "submitted";
    public static final String RECEIVED = "received";

    public static final Workflow FEEDBACK_REPORT = new Workflow(List.of(
            status(DRAFT, "Utkast", "Draft", "Rapporten skrivs.", "The report is being written.", GREY, false),
            status(PREPARED, "Under beredning", "In preparation",
                    "Förvaltningen bereder rapporten (berett).", "The administration prepares the report.", BLUE, false),
            status(HANDLED, "Behandlad i nämnd", "Handled by committee",
                    "Nämnden har behandlat rapporten.", "The committee has handled the report.", BLUE, false),
            status(DECIDED, "Beslutad", "Decided",
                    "Nämnden har beslutat om rapporten.", "The committee has decided the report.", YELLOW, false),
            status(SUBMITTED, "Inskickad", "Submitted",
                    "Rapporten är inskickad till regionstyrelsens arbetsutskott.",
                    "The report has been sent to the regional board's working committee.", GREEN, false),
            status(RECEIVED, "Mottagen", "Received",
                    "Ekonomistaben har tagit emot rapporten.", "The finance staff have received the report.", GREEN, true)));
    public static final Workflow MEETING = new Workflow(List.of(
            status("planned", "Planerat", "Planned", "Mötet är planerat.", "The meeting is planned.", GREY, false),
            status("held", "Genomfört", "Held", "Mötet är genomfört.", "The meeting has been held.", BLUE, false),
            status("documented", "Dokumenterat", "Documented",
                    "Mötet är dokumenterat.", "The meeting is documented.", GREEN, false)));
    public static final Workflow OPERATIONAL_PLAN = new Workflow(List.of(
            status(DRAFT, "Utkast", "Draft", "Planen skrivs.", "The plan is being written.", GREY, false),
            status(PREPARED, "Under beredning", "In preparation", "Planen bereds.", "The plan is prepared.", BLUE, false),
            status(DECIDED, "Beslutad i nämnd", "Decided by committee",
                    "Nämnden har beslutat planen.", "The committee has decided the plan.", GREEN, false)));
    public static final Workflow ACTIVITY_PLAN = new Workflow(List.of(
            status(DRAFT, "Utkast", "Draft", "Planen skrivs.", "The plan is being written.", GREY, false),
            status("approved", "Godkänd", "Approved", "Planen är godkänd.", "The plan is approved.", GREEN, false)));
    public static final Workflow PLANNING_PREMISES = new Workflow(List.of(
            status(DRAFT, "Utkast", "Draft", "Dokumentet skrivs.", "The document is being written.", GREY, false),
            status("proposed", "Förslag", "Proposed", "Förslaget är klart.", "The proposal is ready.", BLUE, false),
            status(DECIDED, "Beslutad i regionstyrelsen", "Decided by the regional board",
                    "Regionstyrelsen har beslutat.", "The regional board has decided.", GREEN, true)));

    private Workflows() {
    }

    private static Status status(String key, String sv, String en, String descSv, String descEn,
                                 Status.Colour colour, boolean ownerOnly) {
        return new Status(key, Bilingual.of(sv, en), Bilingual.of(descSv, descEn), colour, ownerOnly);
    }
}
