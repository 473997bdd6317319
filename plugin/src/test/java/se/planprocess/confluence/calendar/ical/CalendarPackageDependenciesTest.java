package se.planprocess.confluence.calendar.ical;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The iCalendar writer is an adapter for a file format, like the exports: besides itself it may use only the JDK,
 * the embedded biweekly and vinnie, and the calendar domain's records; never a Confluence, servlet, JAX-RS or JSON
 * type, and none of biweekly's jCal (Jackson) classes.
 */
class CalendarPackageDependenciesTest {
    private static final JavaClasses ICAL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.planprocess.confluence.calendar.ical");

    @Test
    void icalClasses_dependOnlyOnTheJdkBiweeklyAndTheCalendarDomain() {
        classes().that().resideInAPackage("se.planprocess.confluence.calendar.ical..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "se.planprocess.confluence.calendar.ical..", "se.planprocess.confluence.calendar",
                        "java..", "biweekly", "biweekly.component..", "biweekly.io", "biweekly.io.text..",
                        "biweekly.io.scribe..", "biweekly.property..", "biweekly.util..", "biweekly.parameter..",
                        "com.github.mangstadt.vinnie..")
                .because("the feed service hands over a CalendarFeed; the writer knows no host type and no jCal")
                .check(ICAL);
    }
}
