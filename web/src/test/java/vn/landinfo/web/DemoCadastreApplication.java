package vn.landinfo.web;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.landinfo.testsupport.AdminUnitFixture;
import vn.landinfo.testsupport.DemoCadastreFixture;
import vn.landinfo.testsupport.TestDatabase;

/**
 * The running application over real HTTP on the real test database, with Vietnam's administrative
 * units and the CI demo cadastre loaded once. The REST, WMS and tile tests all start from here, so they
 * share one application context instead of starting one each.
 */
public abstract class DemoCadastreApplication extends RunningApplication {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        useDatabase(registry, TestDatabase::url);
    }

    @BeforeAll
    static void loadTheDemoCadastre() {
        AdminUnitFixture.ensureLoaded(TestDatabase.dataSource());
        DemoCadastreFixture.ensureLoaded(TestDatabase.dataSource());
    }
}
