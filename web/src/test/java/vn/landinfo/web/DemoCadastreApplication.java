package vn.landinfo.web;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class DemoCadastreApplication {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }

    @BeforeAll
    static void loadTheDemoCadastre() {
        AdminUnitFixture.ensureLoaded(TestDatabase.dataSource());
        DemoCadastreFixture.ensureLoaded(TestDatabase.dataSource());
    }
}
