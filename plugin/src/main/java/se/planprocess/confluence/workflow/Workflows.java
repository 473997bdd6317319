package se.planprocess.confluence.workflow;

import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.DocumentKind;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static se.planprocess.confluence.workflow.Status.Colour.BLUE;
import static se.planprocess.confluence.workflow.Status.Colour.GREEN;
import static se.planprocess.confluence.workflow.Status.Colour.GREY;
import static se.planprocess.confluence.workflow.Status.Colour.YELLOW;

/** The built-in workflow of each document kind. */
public final class Workflows {
    /** Feedback report statuses, from seed 000: "berett, behandlat, beslutat och skickat in … tillhanda". */
    public static final String DRAFT = "draft";
    public static final String PREPARED = "prepared";
    public static final String HANDLED = "handled";
    public static final String DECIDED = "decided";
    public static final String SUBMITTED = "submitted";
    public static final String RECEIVED = "received";

    private static final Map<DocumentKind, Workflow> WORKFLOWS = new EnumMap<>(DocumentKind.class);

    static {
        WORKFLOWS.put(DocumentKind.FEEDBACK_REPORT, new Workflow(List.of(
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
                        "Ekonomistaben har tagit emot rapporten.", "The finance staff have received the report.", GREEN, true))));
        WORKFLOWS.put(DocumentKind.MEETING, new Workflow(List.of(
                status("planned", "Planerat", "Planned", "Mötet är planerat.", "The meeting is planned.", GREY, false),
                status("held", "Genomfört", "Held", "Mötet är genomfört.", "The meeting has been held.", BLUE, false),
                status("documented", "Dokumenterat", "Documented",
                        "Mötet är dokumenterat.", "The meeting is documented.", GREEN, false))));
        WORKFLOWS.put(DocumentKind.OPERATIONAL_PLAN, new Workflow(List.of(
                status(DRAFT, "Utkast", "Draft", "Planen skrivs.", "The plan is being written.", GREY, false),
                status(PREPARED, "Under beredning", "In preparation", "Planen bereds.", "The plan is prepared.", BLUE, false),
                status(DECIDED, "Beslutad i nämnd", "Decided by committee",
                        "Nämnden har beslutat planen.", "The committee has decided the plan.", GREEN, false))));
        WORKFLOWS.put(DocumentKind.ACTIVITY_PLAN, new Workflow(List.of(
                status(DRAFT, "Utkast", "Draft", "Planen skrivs.", "The plan is being written.", GREY, false),
                status("approved", "Godkänd", "Approved", "Planen är godkänd.", "The plan is approved.", GREEN, false))));
        WORKFLOWS.put(DocumentKind.PLANNING_PREMISES, new Workflow(List.of(
                status(DRAFT, "Utkast", "Draft", "Dokumentet skrivs.", "The document is being written.", GREY, false),
                status("proposed", "Förslag", "Proposed", "Förslaget är klart.", "The proposal is ready.", BLUE, false),
                status(DECIDED, "Beslutad i regionstyrelsen", "Decided by the regional board",
                        "Regionstyrelsen har beslutat.", "The regional board has decided.", GREEN, true))));
    }

    private Workflows() {
    }

    public static Workflow of(DocumentKind kind) {
        return WORKFLOWS.get(kind);
    }

    private static Status status(String key, String sv, String en, String descSv, String descEn,
                                 Status.Colour colour, boolean ownerOnly) {
        return new Status(key, Bilingual.of(sv, en), Bilingual.of(descSv, descEn), colour, ownerOnly);
    }
}
