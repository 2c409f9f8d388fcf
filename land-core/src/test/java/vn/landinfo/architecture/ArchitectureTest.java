package vn.landinfo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The dependency rules of docs/architecture.md#modules and #contexts-in-land-core, checked on land-core's compiled
 * classes. */
class ArchitectureTest {

    private static JavaClasses landCore;

    @BeforeAll
    static void importLandCore() {
        landCore = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.landinfo");
    }

    @Test
    void theDomainModelKnowsNoSpringNoJdbcAndNoInfrastructure() {
        noClasses().that().resideInAPackage("vn.landinfo..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.persistence..", "vn.landinfo..infrastructure..")
                .allowEmptyShould(true)
                .check(landCore);
    }

    @Test
    void landCoreKnowsNothingOfHttpOrTheWebApplication() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("vn.landinfo.web..", "vn.landinfo.mapserver..", "org.springframework.web..", "jakarta.servlet..")
                .check(landCore);
    }

    @Test
    void useCasesDoNotReachIntoTheWebOrTheMapServer() {
        noClasses().that().resideInAPackage("vn.landinfo..application..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.landinfo.web..", "vn.landinfo.mapserver..")
                .allowEmptyShould(true)
                .check(landCore);
    }
}
