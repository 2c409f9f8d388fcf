package vn.landinfo.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.testsupport.AdminUnitFixture;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.web.RunningApplication;

/**
 * A server whose database goes away while it runs (its connections pass through a relay the test cuts):
 * readiness turns DOWN within its time bound, so the load balancer stops sending traffic; liveness stays
 * UP, since restarting the process would not bring the database back; readiness is UP again once the
 * database is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.hikari.maximum-pool-size=4",
        "spring.datasource.hikari.connection-timeout=3000",
        "landinfo.readiness.timeout=1s"})
@DirtiesContext
class DatabaseOutageIT {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    static final TcpRelay RELAY;

    static {
        URI db = URI.create(TestDatabase.url().substring("jdbc:".length()));
        RELAY = new TcpRelay(db.getHost(), db.getPort()).open();
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void databaseThroughTheRelay(DynamicPropertyRegistry registry) {
        URI db = URI.create(TestDatabase.url().substring("jdbc:".length()));
        String relayed = "jdbc:postgresql://127.0.0.1:" + RELAY.port() + db.getPath() + (db.getQuery() == null ? "" : "?" + db.getQuery());
        RunningApplication.useDatabase(registry, () -> relayed);
    }

    @BeforeAll
    static void referenceData() {
        AdminUnitFixture.ensureLoaded(TestDatabase.dataSource());
    }

    @AfterAll
    static void closeRelay() {
        RELAY.close();
    }

    record Probe(int status, JsonNode body, long millis) {
    }

    Probe probe(String path) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return new Probe(r.statusCode(), JSON.readTree(r.body()), (System.nanoTime() - start) / 1_000_000);
    }

    /** Probes until the readiness answer has the status (a load balancer's view), at most {@code seconds}. */
    Probe readinessUntil(int status, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        Probe p;
        do {
            p = probe("/actuator/health/readiness");
            assertThat(p.millis()).as("a readiness probe answers within its bound, never hangs").isLessThan(2_500);
            if (p.status() == status) {
                return p;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return p;
    }

    @Test
    void whenTheDatabaseIsUnreachableReadinessIsDownAndLivenessStaysUpUntilItComesBack() throws Exception {
        assertThat(readinessUntil(200, 10).status()).as("ready before the outage").isEqualTo(200);

        RELAY.cut();
        Probe down = readinessUntil(503, 15);
        assertThat(down.status()).as("readiness during the outage").isEqualTo(503);
        assertThat(down.body().path("status").asString()).isEqualTo("DOWN");
        assertThat(down.body().path("components").path("register").path("status").asString()).isEqualTo("DOWN");

        Probe liveness = probe("/actuator/health/liveness");
        assertThat(liveness.status()).as("liveness during the outage").isEqualTo(200);
        assertThat(liveness.body().path("status").asString()).isEqualTo("UP");

        Probe overall = probe("/actuator/health");
        assertThat(overall.status()).isEqualTo(503);
        assertThat(overall.millis()).isLessThan(2_500);
        assertThat(overall.body().toString()).doesNotContain("jdbc:", "127.0.0.1", "reason");

        RELAY.open();
        assertThat(readinessUntil(200, 30).status()).as("ready again once the database is back").isEqualTo(200);
    }
}
