package se.planprocess.confluence.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The domain (every package docs/architecture.md calls domain: process, workflow, report, kind, document, progress,
 * view, tracker, meeting, administration, calendar, space)
 * is plain Java: one rule forbids the host framework, persistence, web, JSON and Spring libraries, and every adapter
 * package. The status macro and the blueprint live under report but are adapters.
 */
class DomainIsolationTest {
    private static final String APP = "se.planprocess.confluence";
    private static final List<String> DOMAIN_PACKAGES = List.of(
            "process", "workflow", "report", "kind", "document", "progress", "view", "tracker", "meeting",
            "administration", "calendar", "space",
            // Section templates
            "sections");
    private static final String[] ADAPTERS_INSIDE_DOMAIN = {APP + ".report.macro..", APP + ".report.blueprint..",
            APP + ".tracker.macro..", APP + ".meeting.macro..", APP + ".administration.page..",
            APP + ".calendar.ical..", APP + ".calendar.macro..", APP + ".space.blueprint..",
            // Section templates
            APP + ".sections.page.."};
    private static final String[] FORBIDDEN = {
            "com.atlassian..", "net.java.ao..", "javax..", "jakarta..", "com.fasterxml..", "org.springframework..",
            APP + ".ao..", APP + ".host..", APP + ".rest..", APP + ".listener..", APP + ".report.macro..",
            APP + ".report.blueprint..", APP + ".tracker.macro..", APP + ".meeting.macro..", APP + ".macro..",
            APP + ".administration.page..", "biweekly..", "com.github.mangstadt..", APP + ".calendar.ical..",
            APP + ".calendar.macro..", APP + ".space.blueprint..",
            // Section templates
            APP + ".sections.page.."};

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(APP);

    private static final DescribedPredicate<JavaClass> DOMAIN_CLASSES = resideInAnyPackage(
            DOMAIN_PACKAGES.stream().map(p -> APP + "." + p + "..").toArray(String[]::new))
            .and(DescribedPredicate.not(resideInAnyPackage(ADAPTERS_INSIDE_DOMAIN)))
            .as("domain classes");

    static ArchRule domainIsPlainJava() {
        return noClasses().that(DOMAIN_CLASSES)
                .should().dependOnClassesThat().resideInAnyPackage(FORBIDDEN)
                .because("the domain is plain Java; Confluence, AO, servlets, JAX-RS, Jackson, Spring and the "
                        + "adapters around it depend on the domain, never the other way round");
    }

    @Test
    void domainClasses_dependOnNoHostLibraryAndNoAdapter() {
        domainIsPlainJava().check(PRODUCTION);
    }

    @Test
    void theRule_coversEveryPackageTheArchitectureCallsDomain() throws Exception {
        String architecture = Files.readString(Path.of("..", "docs", "architecture.md"));
        Matcher row = Pattern.compile("(?m)^\\| `([a-z.]+)` \\| domain \\|").matcher(architecture);
        Set<String> documented = new TreeSet<>();
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertEquals(new TreeSet<>(DOMAIN_PACKAGES), documented);
    }

    @Test
    void theImport_holdsClassesOfEveryDomainPackage_andNoTestClasses() {
        for (String domainPackage : DOMAIN_PACKAGES) {
            assertTrue(PRODUCTION.stream().filter(DOMAIN_CLASSES)
                            .anyMatch(c -> c.getPackageName().equals(APP + "." + domainPackage)),
                    domainPackage + " has no class the rule checks");
        }
        List<String> names = PRODUCTION.stream().map(JavaClass::getName).toList();
        assertTrue(names.contains(APP + ".view.StatusViewService"));
        assertFalse(names.stream().anyMatch(n -> n.endsWith("Test") || n.contains(".testing.")),
                "test classes were imported");
    }

    @Test
    void theAdaptersInsideReport_areNotTakenForDomain() {
        assertTrue(Stream.of(APP + ".report.macro.StatusMacro", APP + ".report.blueprint.ReportContextProvider")
                .map(PRODUCTION::get).noneMatch(DOMAIN_CLASSES), Arrays.toString(ADAPTERS_INSIDE_DOMAIN));
        assertTrue(PRODUCTION.stream().filter(DOMAIN_CLASSES).map(JavaClass::getPackageName)
                .collect(Collectors.toSet()).stream().noneMatch(p -> p.contains(".macro") || p.contains(".blueprint")));
    }
}
