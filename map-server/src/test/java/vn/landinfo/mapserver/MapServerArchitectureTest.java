package vn.landinfo.mapserver;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * map-server's architecture as rules (docs/decisions/0070-one-catalogue-of-published-layers.md): a
 * framework-free library over the published views, packages without cycles, one catalogue of layers,
 * one class per OGC operation.
 */
class MapServerArchitectureTest {

    private static final String ROOT = "vn.landinfo.mapserver";
    private static final JavaClasses MAP_SERVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void mapServerHasNoPackageCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAP_SERVER);
    }

    @Test
    void mapServerNeverDependsOnLandCoreTheWebModuleOrSpring() {
        noClasses().that().resideInAPackage(ROOT + "..")
                .should().dependOnClassesThat(resideInAPackage("vn.landinfo..").and(not(resideInAPackage(ROOT + ".."))))
                .orShould().dependOnClassesThat(resideInAnyPackage("org.springframework..", "jakarta.servlet..", "jakarta.persistence.."))
                .check(MAP_SERVER);
    }

    @Test
    void theCatalogueOfPublishedLayersDependsOnNoService() {
        noClasses().that().resideInAPackage(ROOT + ".catalog")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".catalog"))))
                .check(MAP_SERVER);
    }

    @Test
    void theWmsAndTheTilesKnowNothingOfEachOther() {
        noClasses().that().resideInAPackage(ROOT + ".tiles")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".wms", ROOT + ".layer", ROOT + ".render", ROOT + ".style")
                .check(MAP_SERVER);
        noClasses().that().resideInAnyPackage(ROOT + ".wms", ROOT + ".layer")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".tiles")
                .check(MAP_SERVER);
    }

    @Test
    void eachOgcOperationIsOneClassNamedAfterItWithOneHandleMethod() {
        List<String> wms = List.of("GetCapabilities", "GetMap", "GetFeatureInfo", "GetLegendGraphic");
        List<String> tiles = List.of("GetTile", "GetTileJson");
        List<String> wfs = List.of("GetCapabilities", "DescribeFeatureType", "GetFeature", "GetPropertyValue", "ListStoredQueries",
                "DescribeStoredQueries");
        // Every class of the WFS named like an operation (Get…, Describe…, List…) is one of its operations.
        classes().that().resideInAPackage(ROOT + ".wfs").and().haveNameMatching(".*\\.(Get|Describe|List)[A-Z][A-Za-z]*")
                .should().haveNameMatching(ROOT.replace(".", "\\.") + "\\.wfs\\.(" + String.join("|", wfs) + ")")
                .andShould(haveOneHandleMethodAnsweringAnOgcResponse()).check(MAP_SERVER);
        for (String operation : wfs) {
            classes().that().haveFullyQualifiedName(ROOT + ".wfs." + operation).should(haveOneHandleMethodAnsweringAnOgcResponse())
                    .allowEmptyShould(false).check(MAP_SERVER);
        }
        classes().that().resideInAPackage(ROOT + ".wms").and().haveSimpleNameStartingWith("Get")
                .should().haveNameMatching(ROOT.replace(".", "\\.") + "\\.wms\\.(" + String.join("|", wms) + ")")
                .andShould(haveOneHandleMethodAnsweringAnOgcResponse()).check(MAP_SERVER);
        classes().that().resideInAPackage(ROOT + ".tiles").and().haveSimpleNameStartingWith("Get")
                .should().haveNameMatching(ROOT.replace(".", "\\.") + "\\.tiles\\.(" + String.join("|", tiles) + ")")
                .andShould(haveOneHandleMethodAnsweringAnOgcResponse()).check(MAP_SERVER);
        for (String operation : wms) {
            classes().that().haveFullyQualifiedName(ROOT + ".wms." + operation).should().haveSimpleName(operation)
                    .allowEmptyShould(false).check(MAP_SERVER);
        }
        for (String operation : tiles) {
            classes().that().haveFullyQualifiedName(ROOT + ".tiles." + operation).should().haveSimpleName(operation)
                    .allowEmptyShould(false).check(MAP_SERVER);
        }
    }

    /** OGC API – Features: one class per resource of Part 1 (and Part 3's queryables), each with one handle. */
    @Test
    void eachOgcApiFeaturesResourceIsOneClassWithOneHandleMethodCalledOnlyByTheService() {
        List<String> oapif = List.of("LandingPage", "Conformance", "ApiDefinition", "Collections", "Collection", "Items", "Item", "Queryables");
        for (String operation : oapif) {
            classes().that().haveFullyQualifiedName(ROOT + ".oapif." + operation)
                    .should(haveOneHandleMethodAnsweringAnOgcResponse())
                    .allowEmptyShould(false).check(MAP_SERVER);
        }
        methods().that().haveName("handle").and().areDeclaredInClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("an OGC API resource",
                                (JavaClass c) -> c.getPackageName().equals(ROOT + ".oapif") && oapif.contains(c.getSimpleName())))
                .should().onlyBeCalled().byClassesThat().haveSimpleName("FeaturesService")
                .check(MAP_SERVER);
    }

    @Test
    void onlyTheServiceEndpointsDispatchToTheOperations() {
        methods().that().haveName("handle").and().areDeclaredInClassesThat().haveNameMatching(".*\\.(Get|Describe|List)[A-Z][A-Za-z]*")
                .and().areDeclaredInClassesThat().resideInAnyPackage(ROOT + ".wms", ROOT + ".tiles", ROOT + ".wfs")
                .should().onlyBeCalled().byClassesThat().haveSimpleNameEndingWith("Service")
                .check(MAP_SERVER);
    }

    private static ArchCondition<JavaClass> haveOneHandleMethodAnsweringAnOgcResponse() {
        return new ArchCondition<>("have exactly one method handle(…) answering an OgcResponse") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                List<JavaMethod> handles = c.getMethods().stream().filter(m -> m.getName().equals("handle")).toList();
                boolean ok = handles.size() == 1 && handles.get(0).getRawReturnType().isEquivalentTo(OgcResponse.class);
                events.add(new SimpleConditionEvent(c, ok, c.getName() + " has " + handles.size() + " handle methods"
                        + (handles.size() == 1 ? " returning " + handles.get(0).getRawReturnType().getName() : "")));
            }
        };
    }
}
