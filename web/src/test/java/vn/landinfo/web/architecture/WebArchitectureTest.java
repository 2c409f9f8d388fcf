package vn.landinfo.web.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web application's side of land-core's architecture (docs/decisions/0090-land-core-contexts.md):
 * controllers call use cases; only the configuration classes that wire land-core reach its
 * infrastructure (stores, SQL) or its JSON adapter.
 */
class WebArchitectureTest {

    private static JavaClasses web;

    @BeforeAll
    static void importWeb() {
        web = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.landinfo.web");
    }

    @Test
    void controllersDoNotReachLandCoresInfrastructure() {
        noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.landinfo.adminunit.infrastructure..", "vn.landinfo.audit.infrastructure..",
                        "vn.landinfo.cadastre.infrastructure..", "vn.landinfo.certificate.infrastructure..",
                        "vn.landinfo.party.infrastructure..", "vn.landinfo.rights.infrastructure..",
                        "vn.landinfo.transaction.infrastructure..", "vn.landinfo.demo.infrastructure..",
                        "vn.landinfo.shared.infrastructure..")
                .check(web);
    }

    @Test
    void onlyConfigurationReachesLandCoresStores() {
        noClasses().that().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAnyPackage(
                        "vn.landinfo.certificate.infrastructure..", "vn.landinfo.party.infrastructure..",
                        "vn.landinfo.rights.infrastructure..", "vn.landinfo.transaction.infrastructure..")
                .check(web);
    }
}
