package vn.landinfo.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL + PostGIS database every {@code *IT} runs against: the launcher's private cluster
 * ({@code ./landinfo test}) or {@code LANDINFO_DB_URL}. Migrated once per JVM with the real Flyway
 * migrations. There is no fallback and no skipping: without a database the tests fail, loudly.
 */
public final class TestDatabase {

    private static DataSource dataSource;

    private TestDatabase() {
    }

    /** JDBC URL of the test database, from the system property failsafe passes or the environment. */
    public static String url() {
        String url = setting("landinfo.db.url", "LANDINFO_DB_URL");
        if (url == null) {
            throw new IllegalStateException("""
                No test database. Integration tests need a real PostgreSQL + PostGIS: run them with \
                './landinfo test' (starts the private cluster), or set LANDINFO_DB_URL (and LANDINFO_DB_USER, \
                LANDINFO_DB_PASSWORD) to a database where the postgis extension can be created.""");
        }
        return url;
    }

    public static String user() {
        String user = setting("landinfo.db.user", "LANDINFO_DB_USER");
        return user == null ? "landinfo" : user;
    }

    public static String password() {
        String password = setting("landinfo.db.password", "LANDINFO_DB_PASSWORD");
        return password == null ? "" : password;
    }

    /** The migrated test database. */
    public static synchronized DataSource dataSource() {
        if (dataSource == null) {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url());
            ds.setUser(user());
            ds.setPassword(password());
            try (Connection ignored = ds.getConnection()) {
                // reachable
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot connect to the test database at " + url() + ": " + e.getMessage(), e);
            }
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
            dataSource = ds;
        }
        return dataSource;
    }

    /** The repository root (where {@code data/} and {@code landinfo} live), found from the working directory. */
    public static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("landinfo")) ) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("Cannot find the repository root (the directory holding ./landinfo) above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank() || value.startsWith("${")) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
