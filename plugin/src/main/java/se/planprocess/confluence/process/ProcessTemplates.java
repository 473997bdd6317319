package se.planprocess.confluence.process;

import se.planprocess.confluence.workflow.Workflows;

import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

import static java.time.Month.APRIL;
import static java.time.Month.DECEMBER;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.JUNE;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static java.time.Month.AUGUST;

/** The process templates built into the app. */
public final class ProcessTemplates {
    public static final String REGIONAL_PLAN = "regionplan";
    public static final String DEVELOPMENT_STRATEGY = "rus";

    /** Phase keys of the region's yearly process. */
    public static final String PREPARATION = "preparation";
    public static final String PLANNING_PREMISES = "planning-premises";
    public static final String COMMITTEE_FEEDBACK = "committee-feedback";
    public static final String DRAFTING = "drafting";
    public static final String DECISION = "decision";
    public static final String OPERATIONAL_PLANS = "operational-plans";
    public static final String ACTIVITY_PLANS = "activity-plans";

    /**
     * The region's yearly planning and budget process as redesigned in 2021 (seed 002): seven phases with their
     * months, a four-year horizon, and the dates named there (kickoff 10 Feb, PF in RS 9 Mar, committees 16 Apr,
     * VP done 30 Sep). The process runs the year before the plan's first year.
     */
    public static final ProcessTemplate REGION_YEARLY = new ProcessTemplate(
            REGIONAL_PLAN,
            Bilingual.of("Regionens planerings- och budgetprocess", "The region's planning and budget process"),
            Bilingual.of("Regionplan", "Regional plan"),
            4,
            -1,
            List.of(
                    new PhaseDefinition(PREPARATION, Bilingual.of("Förberedelser", "Preparation"),
                            new MonthWindow(-1, OCTOBER, 0, JANUARY)),
                    new PhaseDefinition(PLANNING_PREMISES,
                            Bilingual.of("Planeringsförutsättningar (PF)", "Planning premises"),
                            MonthWindow.within(JANUARY, FEBRUARY)),
                    new PhaseDefinition(COMMITTEE_FEEDBACK,
                            Bilingual.of("Nämnderna behandlar PF och återkopplar", "Committees respond to the premises"),
                            MonthWindow.within(MARCH, APRIL)),
                    new PhaseDefinition(DRAFTING,
                            Bilingual.of("Beredning av regionplan och budget", "Drafting the regional plan and budget"),
                            MonthWindow.within(APRIL, MAY)),
                    new PhaseDefinition(DECISION,
                            Bilingual.of("Beslut om regionplan (RSAU, RS, RF)", "Decision on the regional plan"),
                            MonthWindow.within(MAY, JUNE)),
                    new PhaseDefinition(OPERATIONAL_PLANS, Bilingual.of("Verksamhetsplaner (VP)", "Operational plans"),
                            MonthWindow.within(FEBRUARY, SEPTEMBER), true),
                    new PhaseDefinition(ACTIVITY_PLANS,
                            Bilingual.of("Aktivitetsplaner och detaljbudget", "Activity plans and detailed budget"),
                            MonthWindow.within(OCTOBER, DECEMBER))),
            List.of(
                    new MilestoneDefinition("kickoff", Bilingual.of("Kickoff", "Kickoff"), PLANNING_PREMISES, 0,
                            MonthDay.of(FEBRUARY, 10), null, null),
                    new MilestoneDefinition("pf-decision", Bilingual.of("PF beslutas i regionstyrelsen",
                            "Planning premises decided by the regional board"), PLANNING_PREMISES, 0,
                            MonthDay.of(MARCH, 9), null, null),
                    new MilestoneDefinition("feedback-due", Bilingual.of("Återkopplingsrapport RSAU tillhanda",
                            "Feedback report due at the board's working committee"), COMMITTEE_FEEDBACK, 0,
                            MonthDay.of(APRIL, 16), DocumentKind.FEEDBACK_REPORT, Workflows.SUBMITTED),
                    new MilestoneDefinition("vp-decided", Bilingual.of("Verksamhetsplan beslutad i nämnd",
                            "Operational plan decided by the committee"), OPERATIONAL_PLANS, 0,
                            MonthDay.of(SEPTEMBER, 30), DocumentKind.OPERATIONAL_PLAN, Workflows.DECIDED)));

    /**
     * A multi-year regional development strategy (seed 004): commission, process with a resource team, content,
     * communication, decision in the council — over about two years, with an eleven-year horizon.
     */
    public static final ProcessTemplate DEVELOPMENT_STRATEGY_TEMPLATE = new ProcessTemplate(
            DEVELOPMENT_STRATEGY,
            Bilingual.of("Regional utvecklingsstrategi (RUS)", "Regional development strategy"),
            Bilingual.of("Regional utvecklingsstrategi", "Regional development strategy"),
            11,
            -2,
            List.of(
                    new PhaseDefinition("commission", Bilingual.of("Beställningen", "The commission"),
                            new MonthWindow(0, AUGUST, 0, OCTOBER)),
                    new PhaseDefinition("process", Bilingual.of("Processen och dialogen", "Process and dialogue"),
                            new MonthWindow(0, SEPTEMBER, 1, JUNE)),
                    new PhaseDefinition("content", Bilingual.of("Innehållet: vision, mål, indikatorer",
                            "Content: vision, targets, indicators"), new MonthWindow(1, JANUARY, 1, OCTOBER)),
                    new PhaseDefinition("communication", Bilingual.of("Kommunikationen", "Communication"),
                            new MonthWindow(1, JUNE, 2, MARCH)),
                    new PhaseDefinition("decision", Bilingual.of("Beslut i regionfullmäktige", "Council decision"),
                            new MonthWindow(2, JANUARY, 2, MARCH))),
            List.of(
                    new MilestoneDefinition("council-decision", Bilingual.of("Beslut i regionfullmäktige",
                            "Decision in the regional council"), "decision", 2, MonthDay.of(MARCH, 31), null, null)));

    private ProcessTemplates() {
    }

    public static List<ProcessTemplate> all() {
        return List.of(REGION_YEARLY, DEVELOPMENT_STRATEGY_TEMPLATE);
    }

    public static Optional<ProcessTemplate> byKey(String key) {
        return all().stream().filter(t -> t.key().equals(key)).findFirst();
    }
}
