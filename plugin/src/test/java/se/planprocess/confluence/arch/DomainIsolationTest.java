package se.planprocess.confluence.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The domain (process, workflow, report, document, progress) is plain Java: no host framework, no persistence, no
 * web or JSON library, and it never reaches into the adapters around it. The status macro and the blueprint live
 * under report but are adapters.
 */
class DomainIsolationTest {
    private static final String APP = "se.planprocess.confluence";

    private static final String[] DOMAIN = {
            APP + ".process..", APP + ".workflow..", APP + ".report..", APP + ".document..", APP + ".progress.."};
    private static final String[] ADAPTERS_INSIDE_DOMAIN = {APP + ".report.macro..", APP + ".report.blueprint.."};
    private static final String[] ADAPTERS = {
            APP + ".ao..", APP + ".host..", APP + ".rest..", APP + ".listener..", APP + ".report.macro..",
            APP + ".report.blueprint.."};
    private static final String[] FRAMEWORKS = {
            "com.atlassian..", "net.java.ao..", "javax..", "jakarta..", "com.fasterxml..", "org.springframework.."};

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(APP);

    private static final DescribedPredicate<JavaClass> DOMAIN_CLASSES = resideInAnyPackage(DOMAIN)
            .and(DescribedPredicate.not(resideInAnyPackage(ADAPTERS_INSIDE_DOMAIN)))
            .as("domain classes");

    static ArchRule domainDoesNotDependOnFrameworks() {
        return noClasses().that(DOMAIN_CLASSES)
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .because("the domain is plain Java; Confluence, AO, servlets, JAX-RS, Jackson and Spring are adapters");
    }

    static ArchRule domainDoesNotDependOnAdapters() {
        return noClasses().that(DOMAIN_CLASSES)
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS)
                .because("adapters depend on the domain, never the other way round");
    }

    @Test
    void domainClasses_doNotDependOnHostFrameworksOrLibraries() {
        domainDoesNotDependOnFrameworks().check(PRODUCTION);
    }

    @Test
    void domainClasses_doNotDependOnTheAdapters() {
        domainDoesNotDependOnAdapters().check(PRODUCTION);
    }

    @Test
    void theImport_holdsTheDomain_andNoTestClasses() {
        List<String> names = PRODUCTION.stream().map(JavaClass::getName).toList();

        for (String domainClass : List.of(APP + ".workflow.Workflow", APP + ".process.Cycle",
                APP + ".report.ReportTemplates", APP + ".document.DocumentService",
                APP + ".progress.ProcessCalendar")) {
            assertTrue(names.contains(domainClass), domainClass + " not imported");
        }
        assertTrue(PRODUCTION.stream().anyMatch(DOMAIN_CLASSES), "the rules have something to check");
        assertFalse(names.stream().anyMatch(n -> n.endsWith("Test") || n.contains(".testing.")),
                "test classes were imported");
    }

    @Test
    void theRules_wouldCatchAViolation_asTheAoAdapterShows() {
        // The AO repositories implement the domain's ports with net.java.ao and com.atlassian: checked as if they
        // were domain classes, the same condition must report them.
        EvaluationResult result = noClasses().that().resideInAPackage(APP + ".ao..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .evaluate(PRODUCTION);

        assertTrue(result.hasViolation());
        assertTrue(result.getFailureReport().getDetails().stream().anyMatch(d -> d.contains("net.java.ao")));
    }
}
