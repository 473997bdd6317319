package se.planprocess.confluence.kind;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.planprocess.confluence.process.Bilingual;
import se.planprocess.confluence.process.DocumentKind;
import se.planprocess.confluence.report.ReportTemplates;
import se.planprocess.confluence.workflow.Workflows;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a kind's specification says, and what the catalogue of kinds refuses. */
class KindSpecificationTest {
    private final KindCatalogue target = KindCatalogue.builtIn();

    @Test
    void theFeedbackReport_isOnePerCommittee_withItsWorkflow_bothWordings_andItsBlueprint() {
        KindSpecification report = target.require(DocumentKind.FEEDBACK_REPORT);

        assertEquals(Scope.COMMITTEE, report.scope());
        assertSame(Workflows.FEEDBACK_REPORT, report.workflow());
        assertEquals(List.of("2024", "2021"), report.templates().stream().map(t -> t.version()).toList());
        assertSame(ReportTemplates.TEMPLATE_2024, report.currentTemplate().orElseThrow());
        assertEquals(PageRegistration.fromBlueprint("report-blueprint"), report.pageRegistration().orElseThrow());
        assertEquals("Återkopplingsrapport", report.name().sv());
    }

    @Test
    void aDocumentsTemplate_isItsOwnVersion_elseTheKindsCurrentOne() {
        KindSpecification report = target.require(DocumentKind.FEEDBACK_REPORT);

        assertSame(ReportTemplates.TEMPLATE_2021, report.templateFor("2021").orElseThrow());
        assertSame(ReportTemplates.TEMPLATE_2024, report.templateFor("1999").orElseThrow());
        assertSame(ReportTemplates.TEMPLATE_2024, report.templateFor(null).orElseThrow());
        assertTrue(report.template("1999").isEmpty(), "only an exact version is a version of the kind");
    }

    @Test
    void aKindWithoutSections_hasNoTemplate_whateverVersionIsAsked() {
        KindSpecification meeting = target.require(DocumentKind.MEETING);

        assertFalse(meeting.hasSections());
        assertEquals(Optional.empty(), meeting.templateFor("2024"));
    }

    @Test
    void theScopes_ofTheRegionsKinds() {
        assertEquals(Scope.REGION, target.require(DocumentKind.PLANNING_PREMISES).scope());
        assertEquals(Scope.COMMITTEE, target.require(DocumentKind.OPERATIONAL_PLAN).scope());
        assertEquals(Scope.MANY, target.require(DocumentKind.MEETING).scope());
        assertEquals(Scope.MANY, target.require(DocumentKind.ACTIVITY_PLAN).scope());
    }

    @Test
    void aDeadline_mayRequireOnlyAStatusOfTheKindsWorkflow() {
        KindSpecification premises = target.require(DocumentKind.PLANNING_PREMISES);

        assertTrue(premises.canRequire("decided"));
        assertFalse(premises.canRequire("submitted"), "a feedback report's status, not the premises'");
    }

    @Test
    void theCatalogue_refusesTwoSpecificationsOfOneKind_andTwoKindsOfOneBlueprint() {
        KindSpecification copy = target.require(DocumentKind.FEEDBACK_REPORT);
        assertThrows(IllegalArgumentException.class, () -> target.with(copy));

        KindSpecification sameBlueprint = new KindSpecification(new DocumentKind("copy"), Bilingual.of("K", "K"),
                Scope.MANY, Workflows.MEETING, List.of(), PageRegistration.fromBlueprint("report-blueprint"));
        assertThrows(IllegalArgumentException.class, () -> target.with(sameBlueprint));
    }

    @Test
    void theFeedbackReportsSections_areMeantReadyBySubmitted_andOnlyAStepForwardIntoItAsks() {
        KindSpecification report = target.require(DocumentKind.FEEDBACK_REPORT);

        assertEquals(Workflows.SUBMITTED, report.readyBy());
        assertTrue(report.entersReadyBy(Workflows.DECIDED, Workflows.SUBMITTED));
        assertFalse(report.entersReadyBy(Workflows.RECEIVED, Workflows.SUBMITTED), "a step back");
        assertFalse(report.entersReadyBy(Workflows.SUBMITTED, Workflows.RECEIVED));
        assertFalse(report.entersReadyBy(Workflows.DRAFT, Workflows.PREPARED));
        assertEquals(null, target.require(DocumentKind.MEETING).readyBy());
    }

    @Test
    void readyBy_mustNameAStatusOfTheWorkflow_ofAKindWithSections() {
        assertThrows(IllegalArgumentException.class, () -> new KindSpecification(new DocumentKind("plain"),
                Bilingual.of("K", "K"), Scope.MANY, Workflows.MEETING, List.of(), null, "held"));
        assertThrows(IllegalArgumentException.class, () -> new KindSpecification(new DocumentKind("report2"),
                Bilingual.of("K", "K"), Scope.MANY, Workflows.FEEDBACK_REPORT,
                target.require(DocumentKind.FEEDBACK_REPORT).templates(), null, "held"));
    }

    @Test
    void aKindWithoutSpecification_isFoundNowhere_andRequiringItFails() {
        DocumentKind unknown = new DocumentKind("minutes");

        assertEquals(Optional.empty(), target.find(unknown));
        assertThrows(IllegalStateException.class, () -> target.require(unknown));
    }

    @Test
    void kindNames_areShortLowerCaseWords_andTheOldConstantNamesStillRead() {
        assertEquals(Optional.of(DocumentKind.FEEDBACK_REPORT), DocumentKind.fromKey("FEEDBACK_REPORT"));
        assertEquals(Optional.of(DocumentKind.PLANNING_PREMISES), DocumentKind.fromKey("planning-premises"));
        assertEquals(Optional.empty(), DocumentKind.fromKey("<script>"));
        assertEquals(Optional.empty(), DocumentKind.fromKey(""));
        assertThrows(IllegalArgumentException.class, () -> new DocumentKind("Feedback Report"));
    }

    /** A new kind is a specification plus a blueprint: every registration names a blueprint the app declares. */
    @Test
    void everyKindRegisteredFromABlueprint_namesABlueprintOfTheDescriptor() throws Exception {
        NodeList blueprints = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("src", "main", "resources", "atlassian-plugin.xml").toFile())
                .getElementsByTagName("blueprint");
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < blueprints.getLength(); i++) {
            declared.add(((Element) blueprints.item(i)).getAttribute("key"));
        }

        assertFalse(target.registeredFromBlueprints().isEmpty());
        for (KindSpecification kind : target.registeredFromBlueprints()) {
            assertTrue(declared.contains(kind.registration().blueprintKey()), kind.kind() + " in " + declared);
        }
    }
}
