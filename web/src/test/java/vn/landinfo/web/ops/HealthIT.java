package vn.landinfo.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.web.DemoCadastreApplication;

/**
 * What a load balancer sees at /actuator/health on a migrated database with the reference data loaded, and
 * why readiness would say DOWN on a database that is behind this build or lacks its reference data.
 */
class HealthIT extends DemoCadastreApplication {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    record Answer(int status, String contentType, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    Answer get(String path) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Test
    void aMigratedDatabaseWithItsReferenceDataIsLiveAndReady() throws Exception {
        Answer liveness = get("/actuator/health/liveness");
        Answer readiness = get("/actuator/health/readiness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.json().path("status").asString()).isEqualTo("UP");
        assertThat(readiness.status()).as(readiness.body()).isEqualTo(200);
        assertThat(readiness.json().path("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().path("components").path("register").path("status").asString()).isEqualTo("UP");
        assertThat(readiness.json().path("components").path("readinessState").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOverallHealthNamesItsComponentsButGivesNoDetailsOrConnectionStrings() throws Exception {
        Answer health = get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.contentType()).contains("json");
        assertThat(health.json().path("components").path("register").path("status").asString()).isEqualTo("UP");
        assertThat(health.json().path("components").has("diskSpace")).isTrue();
        assertThat(health.body()).doesNotContain("jdbc:", "postgresql://", "details", "schemaVersion", "/work", TestDatabase.user() + "@");
    }

    @Test
    void onlyHealthPrometheusAndInfoAreExposed() throws Exception {
        assertThat(get("/actuator").json().path("_links").propertyNames())
                .containsExactlyInAnyOrder("self", "health", "health-path", "prometheus", "info");
        for (String hidden : List.of("/actuator/env", "/actuator/beans", "/actuator/configprops", "/actuator/heapdump", "/actuator/loggers")) {
            assertThat(get(hidden).status()).as(hidden).isEqualTo(404);
        }
    }

    @Test
    void infoNamesTheBuildTheInstanceRuns() throws Exception {
        JsonNode build = get("/actuator/info").json().path("build");
        assertThat(build.path("artifact").asString()).isEqualTo("web");
        assertThat(build.path("version").asString()).isNotBlank();
        assertThat(build.path("time").asString()).isNotBlank();
    }

    @Test
    void readinessIsDownWhileTheSchemaIsBehindTheMigrationsThisBuildKnows() {
        MigrationVersion applied = KnownMigrations.latestIn("classpath:db/migration");
        MigrationVersion newer = MigrationVersion.fromVersion(applied.getVersion() + ".1");
        try (RegisterReadiness readiness = new RegisterReadiness(TestDatabase.dataSource(), newer, List.of("admin-units"), Duration.ofSeconds(2))) {
            Health h = readiness.health();
            assertThat(h.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) h.getDetails().get("reason")).contains("migrations pending", newer.getVersion());
        }
    }

    @Test
    void readinessIsDownUntilEveryRequiredLoadIsRecorded() {
        MigrationVersion known = KnownMigrations.latestIn("classpath:db/migration");
        try (RegisterReadiness readiness = new RegisterReadiness(TestDatabase.dataSource(), known,
                List.of("admin-units", "demo:never-loaded-in-tests:"), Duration.ofSeconds(2))) {
            Health h = readiness.health();
            assertThat(h.getStatus()).isEqualTo(Status.DOWN);
            assertThat((String) h.getDetails().get("reason")).isEqualTo("reference data not loaded yet: demo:never-loaded-in-tests:");
        }
        try (RegisterReadiness readiness = new RegisterReadiness(TestDatabase.dataSource(), known,
                List.of("admin-units", "demo:ci:"), Duration.ofSeconds(2))) {
            assertThat(readiness.health().getStatus()).as("the CI demo set is loaded by the fixture").isEqualTo(Status.UP);
        }
    }

    @Test
    void theNewestMigrationOfTheBuildIsTheOneTheTestDatabaseIsAt() {
        String applied = jdbc.sql("SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")
                .query(String.class).single();
        assertThat(KnownMigrations.latestIn("classpath:db/migration")).isEqualTo(MigrationVersion.fromVersion(applied));
    }
}
