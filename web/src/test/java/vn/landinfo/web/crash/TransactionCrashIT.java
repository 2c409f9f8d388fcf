package vn.landinfo.web.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.DemoCadastreFixture;
import vn.landinfo.testsupport.TestDatabase;

/**
 * Crash test (heavy lane): the application process is killed with SIGKILL while it runs a large split
 * (one forest parcel cut into dozens of children: national IDs, versions, rights, certificates, audit),
 * at several moments from "just received" to "about to commit". After each kill the application is
 * started again and the register must be consistent: the split is either entirely there (parent
 * retired, every child current with lineage, the transaction committed with its audit record and event)
 * or entirely absent (parent current, no child, no transaction row) — never anything in between.
 */
@Tag("heavy")
class TransactionCrashIT {

    private static final Path JAR = TestDatabase.repositoryRoot().resolve("web/target/landinfo.jar");
    private static DataSource ds;
    private static JdbcClient jdbc;

    @BeforeAll
    static void data() {
        ds = TestDatabase.dataSource();
        DemoCadastreFixture.ensureLoaded(ds);
        jdbc = JdbcClient.create(ds);
    }

    /** A large parcel without restrictions, held by someone, that can be cut into {@code n} strips above the minimum area. */
    private record Target(long parcelId, int version, String blades, int strips) {
    }

    private static Target target(int offset) {
        return jdbc.sql("""
                WITH cand AS (
                    SELECT pv.parcel_id, pv.version, pv.geom_tm3, pv.legal_area,
                           ST_ExteriorRing(ST_OrientedEnvelope(pv.geom_tm3)) AS ring
                    FROM parcel_version pv
                    WHERE pv.end_lifespan IS NULL AND ST_NumGeometries(pv.geom_tm3) = 1
                      AND NOT EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL)
                      AND EXISTS (SELECT 1 FROM land_right lr WHERE lr.parcel_id = pv.parcel_id AND lr.end_lifespan IS NULL)
                      AND pv.legal_area BETWEEN 20000 AND 2000000
                    ORDER BY pv.legal_area DESC OFFSET :offset LIMIT 1),
                axis AS (
                    SELECT cand.*, ST_PointN(ring, 1) AS p1, ST_PointN(ring, 2) AS p2, ST_PointN(ring, 3) AS p3 FROM cand),
                dirs AS (
                    -- Strips across the long side: blades parallel to the short side, evenly spaced along the long one,
                    -- reaching 2.5 short sides either way (the envelope lies on one side of the origin edge or the other).
                    SELECT axis.*,
                           CASE WHEN ST_Distance(p1, p2) >= ST_Distance(p2, p3) THEN p1 ELSE p2 END AS o,
                           CASE WHEN ST_Distance(p1, p2) >= ST_Distance(p2, p3) THEN ST_X(p2) - ST_X(p1) ELSE ST_X(p3) - ST_X(p2) END AS lx,
                           CASE WHEN ST_Distance(p1, p2) >= ST_Distance(p2, p3) THEN ST_Y(p2) - ST_Y(p1) ELSE ST_Y(p3) - ST_Y(p2) END AS ly,
                           CASE WHEN ST_Distance(p1, p2) >= ST_Distance(p2, p3) THEN ST_X(p3) - ST_X(p2) ELSE ST_X(p2) - ST_X(p1) END AS sx,
                           CASE WHEN ST_Distance(p1, p2) >= ST_Distance(p2, p3) THEN ST_Y(p3) - ST_Y(p2) ELSE ST_Y(p2) - ST_Y(p1) END AS sy
                    FROM axis),
                n AS (SELECT dirs.*, least(40, greatest(2, floor(legal_area / 30000)::int)) AS strips FROM dirs)
                SELECT n.parcel_id, n.version, n.strips,
                       json_agg(ST_AsGeoJSON(ST_Transform(ST_MakeLine(
                           ST_Translate(n.o, k * n.lx / n.strips - 2.5 * n.sx, k * n.ly / n.strips - 2.5 * n.sy),
                           ST_Translate(n.o, k * n.lx / n.strips + 2.5 * n.sx, k * n.ly / n.strips + 2.5 * n.sy)), 4326), 9)::json ORDER BY k)::text AS blades
                FROM n CROSS JOIN generate_series(1, n.strips - 1) AS k
                GROUP BY n.parcel_id, n.version, n.strips""")
                .param("offset", offset)
                .query((rs, i) -> new Target(rs.getLong("parcel_id"), rs.getInt("version"), rs.getString("blades"), rs.getInt("strips")))
                .single();
    }

    @Test
    void killedMidTransactionTheRegisterKeepsAllOrNothing() throws Exception {
        int[] killAfterMs = {30, 120, 300, 700, 1500, 4000, 60000};
        Map<String, Integer> outcomes = new TreeMap<>();
        int offset = 0;
        for (int delay : killAfterMs) {
            Target t = target(offset++);
            int port = freePort();
            Process app = start(port);
            try {
                String body = """
                        {"kind":"SPLIT","legalBasis":"Crash test","reason":"kill -9 after %d ms",
                         "change":{"parcelId":%d,"cuttingLines":%s}}""".formatted(delay, t.parcelId(), t.blades());
                HttpRequest post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/transactions"))
                        .header("Content-Type", "application/json").header("If-Match", "\"" + t.parcelId() + "." + t.version() + "\"")
                        .header("X-Landinfo-Officer", "crash-test").timeout(Duration.ofMinutes(5))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                CompletableFuture<HttpResponse<String>> sent = HttpClient.newHttpClient().sendAsync(post, HttpResponse.BodyHandlers.ofString());
                Thread.sleep(delay);
                app.destroyForcibly().waitFor();
                HttpResponse<String> answered = sent.handle((r, e) -> r).get();
                if (answered != null) {
                    // It finished before the kill: then it must have been a valid split that committed.
                    assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
                }
            } finally {
                app.destroyForcibly().waitFor();
            }
            // Restart: the application must come up on the database as the crash left it.
            Process again = start(port);
            try {
                String state = consistentState(t, "kill -9 after " + delay + " ms");
                outcomes.merge(state, 1, Integer::sum);
                assertThat(jdbc.sql("SELECT count(*) FROM parcel_version WHERE end_lifespan IS NULL GROUP BY parcel_id HAVING count(*) > 1")
                        .query(Long.class).list()).as("no parcel with two current versions").isEmpty();
                HttpResponse<String> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/parcels/" + t.parcelId() + "/history")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(read.statusCode()).isEqualTo(200);
            } finally {
                again.destroy();
                again.waitFor();
            }
        }
        System.out.println("crash outcomes (kill after " + java.util.Arrays.toString(killAfterMs) + " ms): " + outcomes);
        assertThat(outcomes.keySet()).allMatch(s -> s.equals("absent") || s.equals("committed"));
        // The last kill comes a minute after the request: by then the split has committed, so both ends are exercised.
        assertThat(outcomes).containsKey("committed");
    }

    /** "committed" or "absent", after asserting everything that goes with either. */
    private static String consistentState(Target t, String reason) {
        boolean parentCurrent = jdbc.sql("SELECT count(*) FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL")
                .param("p", t.parcelId()).query(Long.class).single() == 1;
        List<Long> txs = jdbc.sql("""
                SELECT t.id FROM cadastral_transaction t
                WHERE (t.kind = 'SPLIT' AND t.created_by = 'crash-test' AND t.reason = :reason)
                   OR t.id IN (SELECT transaction_id FROM parcel_lineage WHERE parent_parcel_id = :p)""")
                .param("p", t.parcelId()).param("reason", reason).query(Long.class).list();
        long children = jdbc.sql("SELECT count(*) FROM parcel_lineage WHERE parent_parcel_id = :p").param("p", t.parcelId())
                .query(Long.class).single();
        if (parentCurrent) {
            assertThat(children).as("no child of a split that did not happen").isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM cadastral_transaction WHERE status = 'committed' AND id = ANY (:ids)")
                    .param("ids", txs.toArray(Long[]::new)).query(Long.class).single()).isZero();
            return "absent";
        }
        assertThat(txs).hasSize(1);
        long tx = txs.get(0);
        assertThat(jdbc.sql("SELECT status FROM cadastral_transaction WHERE id = :id").param("id", tx).query(String.class).single())
                .isEqualTo("committed");
        assertThat(children).isEqualTo(t.strips());
        assertThat(jdbc.sql("""
                SELECT count(*) FROM parcel_lineage l JOIN parcel_version v ON v.parcel_id = l.child_parcel_id AND v.end_lifespan IS NULL
                WHERE l.parent_parcel_id = :p""").param("p", t.parcelId()).query(Long.class).single()).isEqualTo(t.strips());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_log WHERE transaction_id = :tx").param("tx", tx).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM register_event WHERE transaction_id = :tx").param("tx", tx).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                SELECT abs(sum(ST_Area(v.geom_tm3)) - (SELECT ST_Area(geom_tm3) FROM parcel_version WHERE parcel_id = :p AND ended_by_tx = :tx))
                FROM parcel_lineage l JOIN parcel_version v ON v.parcel_id = l.child_parcel_id AND v.end_lifespan IS NULL
                WHERE l.parent_parcel_id = :p""").param("p", t.parcelId()).param("tx", tx).query(Double.class).single()).isLessThan(0.1);
        return "committed";
    }

    private static Process start(int port) throws IOException, InterruptedException {
        assertThat(JAR).exists();
        Path log = Files.createTempFile("landinfo-crash", ".log");
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-jar", JAR.toString(), "serve")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("LANDINFO_DB_URL", TestDatabase.url());
        pb.environment().put("LANDINFO_DB_USER", TestDatabase.user());
        pb.environment().put("LANDINFO_DB_PASSWORD", TestDatabase.password());
        pb.environment().put("LANDINFO_PORT", Integer.toString(port));
        Process p = pb.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("landinfo exited while starting:\n" + Files.readString(log));
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return p;
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        p.destroyForcibly();
        throw new IllegalStateException("landinfo did not open port " + port + ":\n" + Files.readString(log));
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
