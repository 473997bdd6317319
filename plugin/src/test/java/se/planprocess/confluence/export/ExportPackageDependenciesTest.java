package se.planprocess.confluence.export;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The export package is an adapter for file formats, not a domain package (it uses fastexcel), and a narrow one:
 * besides itself it may use only the JDK and the embedded fastexcel, never a Confluence, servlet, JAX-RS, JSON type
 * or another package of the app.
 */
class ExportPackageDependenciesTest {
    private static final JavaClasses EXPORT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("se.planprocess.confluence.export");

    @Test
    void exportClasses_dependOnlyOnTheJdkAndFastexcel() {
        classes().that().resideInAPackage("se.planprocess.confluence.export..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "se.planprocess.confluence.export..", "java..", "org.dhatim.fastexcel..")
                .because("the tracker maps its view to an ExportTable; the writers know no host and no domain type")
                .check(EXPORT);
    }
}
