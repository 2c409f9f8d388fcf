package vn.landinfo.web.ops;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Whether this instance can answer from the register now: the database answers within the probe's time
 * bound, its schema is at the newest migration this build knows, and the reference data is loaded.
 * It checks the real state every time rather than remembering start-up, so it does not matter whether the
 * server started before or after {@code migrate}, {@code import admin-units} and {@code demo-data}
 * (docs/decisions/0040-readiness-checks-the-register-not-the-process.md).
 *
 * <p>A probe never hangs: the check runs on its own thread and the probe waits at most {@code timeout}
 * (a pool that cannot reach the database waits much longer for a connection). Probes arriving while a check
 * is still running share it, so an unreachable database never piles up threads.
 */
final class RegisterReadiness implements HealthIndicator, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RegisterReadiness.class);

    // flyway_schema_history is Flyway's default table (spring.flyway.table is not changed here).
    private static final String STATE = """
            SELECT (SELECT version FROM flyway_schema_history
                     WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1) AS schema_version,
                   array(SELECT wanted FROM unnest(?::text[]) AS wanted
                          WHERE NOT EXISTS (SELECT 1 FROM dataset_load d WHERE starts_with(d.name, wanted))) AS missing""";
    private static final String UNDEFINED_TABLE = "42P01";

    private final DataSource dataSource;
    private final MigrationVersion knownSchema;
    private final List<String> datasets;
    private final Duration timeout;
    private final ExecutorService checker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "readiness-check");
        t.setDaemon(true);
        return t;
    });
    private Future<Health> running; // guarded by this
    private volatile String lastReported = "";

    RegisterReadiness(DataSource dataSource, MigrationVersion knownSchema, List<String> datasets, Duration timeout) {
        this.dataSource = dataSource;
        this.knownSchema = knownSchema;
        this.datasets = List.copyOf(datasets);
        this.timeout = timeout;
    }

    @Override
    public Health health() {
        Future<Health> check;
        synchronized (this) {
            if (running == null || running.isDone()) {
                running = checker.submit(this::check);
            }
            check = running;
        }
        Health health;
        try {
            health = check.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            health = down("the database did not answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            health = down("the check failed: " + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            health = down("interrupted");
        }
        report(health);
        return health;
    }

    private Health check() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(STATE)) {
            ps.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            ps.setArray(1, c.createArrayOf("text", datasets.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return judge(rs.getString("schema_version"), missing(rs.getArray("missing")));
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return down("the database has no landinfo schema yet (run ./landinfo migrate)");
            }
            // The SQL state and driver message name the failure (refused, timed out, authentication) without the URL.
            return down("the database is unreachable: " + e.getSQLState() + " " + e.getMessage());
        }
    }

    private Health judge(String schemaVersion, List<String> missing) {
        if (schemaVersion == null || MigrationVersion.fromVersion(schemaVersion).compareTo(knownSchema) < 0) {
            return down("the schema is at version " + schemaVersion + ", this build needs " + knownSchema + " (migrations pending)");
        }
        if (!missing.isEmpty()) {
            return down("reference data not loaded yet: " + String.join(", ", missing));
        }
        return Health.up().withDetail("schemaVersion", schemaVersion).build();
    }

    private static List<String> missing(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }

    private static Health down(String reason) {
        return Health.down().withDetail("reason", reason).build();
    }

    /** Probes come every few seconds: say only when the answer changes. */
    private void report(Health health) {
        String now = health.getStatus().getCode() + health.getDetails().getOrDefault("reason", "");
        if (now.equals(lastReported)) {
            return;
        }
        lastReported = now;
        if (Status.UP.equals(health.getStatus())) {
            LOG.info("readiness: UP, the register answers (schema {})", health.getDetails().get("schemaVersion"));
        } else {
            LOG.warn("readiness: DOWN, {}", health.getDetails().get("reason"));
        }
    }

    @Override
    public void close() {
        checker.shutdownNow();
    }
}
