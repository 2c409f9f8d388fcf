package vn.landinfo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of land-core (docs/architecture.md#contexts-in-land-core, docs/decisions/0090-land-core-contexts.md),
 * checked on its compiled classes: contexts and layers without cycles, a model that knows no
 * infrastructure, no framework, no JSON and no HTTP in the domain.
 */
class ArchitectureTest {

    private static JavaClasses landCore;

    @BeforeAll
    static void importLandCore() {
        landCore = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.landinfo");
    }

    @Test
    void noTwoContextsDependOnEachOther() {
        slices().matching("vn.landinfo.(*)..").should().beFreeOfCycles().check(landCore);
    }

    @Test
    void noPackageOfLandCoreIsPartOfACycle() {
        slices().matching("vn.landinfo.(**)").should().beFreeOfCycles().check(landCore);
    }

    @Test
    void theDomainModelKnowsNoSpringNoJdbcAndNoInfrastructure() {
        noClasses().that().resideInAPackage("vn.landinfo..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..",
                        "jakarta.persistence..", "vn.landinfo..infrastructure..", "vn.landinfo..application..")
                .check(landCore);
    }

    @Test
    void theModelAndTheUseCasesKnowNoJson() {
        // JSON is read and written by adapters (vn.landinfo.transaction.adapter.json). The one exception is the
        // admin-unit import, which writes its report's value lists as JSON (to move to its infrastructure).
        noClasses().that().resideInAnyPackage("vn.landinfo..model..", "vn.landinfo..application..")
                .and().doNotHaveFullyQualifiedName("vn.landinfo.adminunit.application.ImportingAdminUnits")
                .should().dependOnClassesThat().resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .check(landCore);
    }

    @Test
    void useCasesReachTheWireFormatsOnlyThroughPorts() {
        noClasses().that().resideInAPackage("vn.landinfo..application..")
                .should().dependOnClassesThat().resideInAPackage("vn.landinfo..adapter..")
                .check(landCore);
    }

    @Test
    void landCoreKnowsNothingOfHttpOrTheWebApplication() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.landinfo.web..", "vn.landinfo.mapserver..",
                        "org.springframework.web..", "org.springframework.http..", "jakarta.servlet..")
                .check(landCore);
    }
}
