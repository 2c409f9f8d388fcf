package vn.landinfo.web.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.testsupport.CaseFixture;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.testsupport.TransactionFixture;

/**
 * Crash test (heavy lane): the application process is killed with SIGKILL while it runs a large split
 * (one forest parcel cut into forty children: national IDs, versions, rights, certificates, audit),
 * at several moments from "just received" to "about to commit". After each kill the application is
 * started again and the register must be consistent: the split is either entirely there (parent
 * retired, every child current with lineage, the transaction committed with its audit record and event)
 * or entirely absent (parent current, no child, no transaction row) — never anything in between.
 *
 * <p>On the transaction test database of its own (a copy of the generated Hoàn Kiếm, {@link TransactionFixture}), so
 * the shared test database stays as generated; each kill meets a forest of a case of its own ({@link CaseFixture},
 * docs/decisions/0100-tests-pick-cases-not-slices.md), whose children are known before the split is sent.
 */
@Tag("heavy")
class TransactionCrashIT {

    private static final Path JAR = TestDatabase.repositoryRoot().resolve("web/target/landinfo.jar");
    /** The forest: 1,000 m along the x axis, 250 m deep, cut by lines every 25 m into 40 strips of 6,250 m² (RSX minimum: 5,000 m²). */
    private static final int WIDTH = 1000;
    private static final int DEPTH = 250;
    private static final int STRIPS = 40;
    private static final double STRIP_AREA = 6250.0;

    private static JdbcClient jdbc;

    @BeforeAll
    static void data() {
        jdbc = JdbcClient.create(TransactionFixture.dataSource());
    }

    /** The forest of a fresh case, its version, and the cutting lines that make the strips (EPSG:4326 GeoJSON, as a map client sends them). */
    private record Target(long parcelId, int version, String blades, int strips) {
    }

    private static Target forest() {
        CaseFixture.Placed c = CaseFixture.inFreshSheet(TransactionFixture.dataSource())
                .parcel("forest", "POLYGON((0 0, %d 0, %d %d, 0 %d, 0 0))".formatted(WIDTH, WIDTH, DEPTH, DEPTH), "RSX")
                .heldBy("Hà Văn Rừng", "Hà Thị Rừng")
                .insert();
        List<String> lines = new ArrayList<>();
        for (int k = 1; k < STRIPS; k++) {
            String line = "LINESTRING(%d -1, %d %d)".formatted(k * WIDTH / STRIPS, k * WIDTH / STRIPS, DEPTH + 1);
            lines.add(jdbc.sql("SELECT ST_AsGeoJSON(ST_Transform(ST_GeomFromEWKT(:g), 4326), 9)")
                    .param("g", "SRID=" + c.srid() + ";" + c.geometry(line).toText()).query(String.class).single());
        }
        return new Target(c.id("forest"), 1, "[" + String.join(",", lines) + "]", STRIPS);
    }

    @Test
    void killedMidTransactionTheRegisterKeepsAllOrNothing() throws Exception {
        int[] killAfterMs = {30, 120, 300, 700, 1500, 4000, 60000};
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int delay : killAfterMs) {
            Target t = forest();
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
            assertThat(jdbc.sql("SELECT version FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", t.parcelId())
                    .query(Integer.class).single()).as("the forest as it was").isEqualTo(t.version());
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
        // Forty strips of 25 × 250 m, each 6,250 m² (the lines come through WGS84, so to within a millimetre of width),
        // together exactly the forest's 250,000 m².
        assertThat(jdbc.sql("""
                SELECT v.legal_area FROM parcel_lineage l JOIN parcel_version v ON v.parcel_id = l.child_parcel_id AND v.end_lifespan IS NULL
                WHERE l.parent_parcel_id = :p""").param("p", t.parcelId()).query(Double.class).list())
                .hasSize(STRIPS).allSatisfy(a -> assertThat(a).isCloseTo(STRIP_AREA, offset(0.5)));
        assertThat(jdbc.sql("""
                SELECT sum(ST_Area(v.geom_tm3)) FROM parcel_lineage l JOIN parcel_version v ON v.parcel_id = l.child_parcel_id AND v.end_lifespan IS NULL
                WHERE l.parent_parcel_id = :p""").param("p", t.parcelId()).query(Double.class).single())
                .isCloseTo((double) WIDTH * DEPTH, offset(0.01));
        return "committed";
    }

    private static Process start(int port) throws IOException, InterruptedException {
        assertThat(JAR).exists();
        Path log = Files.createTempFile("landinfo-crash", ".log");
        ProcessBuilder pb = new ProcessBuilder(javaBin(), "-jar", JAR.toString(), "serve")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("LANDINFO_DB_URL", TransactionFixture.url());
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
