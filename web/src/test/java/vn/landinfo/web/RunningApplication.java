package vn.landinfo.web;

import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import vn.landinfo.testsupport.TestDatabase;

/**
 * The running application over real HTTP on a port of its own, and a JdbcClient on its database: what the
 * application tests share. Each names its database in a {@code @DynamicPropertySource} with {@link #useDatabase}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RunningApplication {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    /** The application's datasource: the database at this JDBC URL, as the test database's user. */
    public static void useDatabase(DynamicPropertyRegistry registry, Supplier<Object> url) {
        registry.add("spring.datasource.url", url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
    }
}
