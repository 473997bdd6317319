package se.planprocess.confluence.report;

import se.planprocess.confluence.process.Bilingual;

import java.util.List;
import java.util.Optional;

/**
 * The feedback report's six fixed headings in the region's two wordings, each followed by the risk and sensitivity
 * analysis the auditors asked for (seed 002).
 */
public final class ReportTemplates {
    public static final String V2024 = "2024";
    public static final String V2021 = "2021";
    public static final String CURRENT = V2024;

    public static final String GOALS = "goals";
    public static final String CHANGES = "changes";
    public static final String COMPETENCE = "competence";
    public static final String ECONOMY = "economy";
    public static final String INVESTMENTS = "investments";
    public static final String OTHER = "other";
    public static final String RISK = "risk";

    private static final ReportSection COMPETENCE_SECTION = new ReportSection(COMPETENCE,
            Bilingual.of("Nämndens inriktning för kompetensförsörjning", "The committee's direction for staffing and skills"),
            Bilingual.of("Beskriv hur nämnden säkrar kompetensförsörjningen under planperioden: behov, bristyrken, "
                            + "rekrytering, utveckling och omställning.",
                    "Describe how the committee secures the skills it needs during the plan period: needs, shortage "
                            + "occupations, recruitment, development and transition."));
    private static final ReportSection ECONOMY_SECTION = new ReportSection(ECONOMY,
            Bilingual.of("Nämndens plan för hållbar ekonomi och prioriteringar av resurser",
                    "The committee's plan for a sustainable economy and its priorities for resources"),
            Bilingual.of("Redovisa hur nämnden når en ekonomi i balans inom given ram och vilka prioriteringar av "
                            + "resurser som görs. Ange effekter av eventuella ramjusteringar.",
                    "Show how the committee reaches a balanced economy within its frame and how it prioritises "
                            + "resources. State the effects of any frame adjustments."));
    private static final ReportSection INVESTMENTS_SECTION = new ReportSection(INVESTMENTS,
            Bilingual.of("Nämndens investeringsplanering", "The committee's investment planning"),
            Bilingual.of("Ange planerade investeringar under planperioden med belopp, tidpunkt och koppling till "
                            + "regionens investeringsplan.",
                    "List the planned investments of the plan period with amounts, timing and their link to the "
                            + "region's investment plan."));
    private static final ReportSection RISK_SECTION = new ReportSection(RISK,
            Bilingual.of("Risk- och känslighetsanalys", "Risk and sensitivity analysis"),
            Bilingual.of("Beskriv de viktigaste riskerna för att planerna inte går att genomföra: konsekvens, "
                            + "sannolikhet och åtgärd. Revisionen har efterfrågat analysen för att pröva realismen i planerna.",
                    "Describe the main risks that the plans cannot be carried out: consequence, likelihood and "
                            + "action. The auditors asked for this analysis to test how realistic the plans are."));

    /** Seed 000 (2024): "Återkopplingsrapporten tar utgångspunkt från nedanstående sex rubriker." */
    public static final ReportTemplate TEMPLATE_2024 = new ReportTemplate(V2024, List.of(
            new ReportSection(GOALS,
                    Bilingual.of("Nämndens bidrag till fullmäktiges mål", "The committee's contribution to the council's goals"),
                    Bilingual.of("Beskriv hur nämnden bidrar till fullmäktiges mål under planperioden och vilka egna "
                                    + "nämndsmål som föreslås.",
                            "Describe how the committee contributes to the council's goals during the plan period and "
                                    + "which goals of its own it proposes.")),
            new ReportSection(CHANGES,
                    Bilingual.of("Nämndens planerade verksamhetsförändringar", "The committee's planned changes in operations"),
                    Bilingual.of("Beskriv planerade förändringar i verksamheten, deras syfte och när de genomförs.",
                            "Describe planned changes in operations, their purpose and when they take place.")),
            COMPETENCE_SECTION,
            ECONOMY_SECTION,
            INVESTMENTS_SECTION,
            new ReportSection(OTHER,
                    Bilingual.of("Nämndens övriga synpunkter – möjligheter och utmaningar",
                            "The committee's other views – opportunities and challenges"),
                    Bilingual.of("Lämna övriga synpunkter på planeringsförutsättningarna: möjligheter och utmaningar "
                                    + "som regionstyrelsen bör känna till.",
                            "Give other views on the planning premises: opportunities and challenges the regional "
                                    + "board should know about.")),
            RISK_SECTION));

    /** Seed 002 (2021): "Mall med sex rubriker". */
    public static final ReportTemplate TEMPLATE_2021 = new ReportTemplate(V2021, List.of(
            new ReportSection(GOALS,
                    Bilingual.of("Nämndens bidrag till fullmäktiges mål och uppdrag",
                            "The committee's contribution to the council's goals and assignments"),
                    Bilingual.of("Beskriv hur nämnden bidrar till fullmäktiges mål och uppdrag under planperioden.",
                            "Describe how the committee contributes to the council's goals and assignments during "
                                    + "the plan period.")),
            new ReportSection(CHANGES,
                    Bilingual.of("Nämndens utvecklingsinsatser och planerade verksamhetsförändringar",
                            "The committee's development efforts and planned changes in operations"),
                    Bilingual.of("Beskriv utvecklingsinsatser och planerade förändringar i verksamheten.",
                            "Describe development efforts and planned changes in operations.")),
            COMPETENCE_SECTION,
            ECONOMY_SECTION,
            INVESTMENTS_SECTION,
            new ReportSection(OTHER,
                    Bilingual.of("Nämndens övriga synpunkter", "The committee's other views"),
                    Bilingual.of("Lämna övriga synpunkter på planeringsförutsättningarna.",
                            "Give other views on the planning premises.")),
            RISK_SECTION));

    private ReportTemplates() {
    }

    public static List<ReportTemplate> all() {
        return List.of(TEMPLATE_2024, TEMPLATE_2021);
    }

    public static Optional<ReportTemplate> byVersion(String version) {
        return all().stream().filter(t -> t.version().equals(version)).findFirst();
    }
}
