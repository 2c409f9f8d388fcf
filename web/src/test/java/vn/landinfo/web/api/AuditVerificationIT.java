package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import vn.landinfo.testsupport.DemoCadastreFixture;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.web.cli.CommandLine;

/**
 * The audit chain of the shared test database (the demo register's records and whatever other tests
 * appended) verifies, through the API and the {@code audit verify} command. Tampering is tested in
 * land-core, on a database of its own; here a wrong exported head stands in for a cut log.
 */
class AuditVerificationIT extends ApiTestSupport {

    @Autowired
    CommandLine commandLine;

    @BeforeAll
    static void loadTheDemoCadastre() {
        DemoCadastreFixture.ensureLoaded(TestDatabase.dataSource());
    }

    @Test
    void theApiReportsAnIntactChainWithItsHead() {
        Response r = get("/api/v1/audit/verification");

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode v = r.json();
        assertThat(v.get("intact").asBoolean()).as(r.body()).isTrue();
        assertThat(v.get("records").asLong()).isPositive();
        long seq = v.get("head").get("seq").asLong();
        String hash = v.get("head").get("hash").asString();
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(jdbc.sql("SELECT hash FROM audit_log WHERE seq = :s").param("s", seq).query(String.class).single()).isEqualTo(hash);

        JsonNode again = get("/api/v1/audit/verification?expectHead=" + seq + ":" + hash).json();
        assertThat(again.get("intact").asBoolean()).isTrue();
        assertThat(again.get("expectedHead").get("seq").asLong()).isEqualTo(seq);
    }

    @Test
    void anExportedHeadTheLogNoLongerHoldsIsReportedNotRefused() {
        long first = jdbc.sql("SELECT min(seq) FROM audit_log").query(Long.class).single();

        JsonNode v = get("/api/v1/audit/verification?expectHead=" + first + ":" + "ab".repeat(32)).json();

        assertThat(v.get("intact").asBoolean()).isFalse();
        assertThat(v.get("findings").valueStream().filter(f -> f.get("kind").asString().equals("TRUNCATED_OR_REWRITTEN"))
                .map(f -> f.get("seq").asLong()).toList()).containsExactly(first);
        assertThat(v.get("counts").get("TRUNCATED_OR_REWRITTEN").asLong()).isEqualTo(1);
    }

    @Test
    void aMalformedExpectedHeadIsA400() {
        for (String bad : new String[] {"12", "12:xyz", "abc:" + "0".repeat(64), "-1:" + "0".repeat(64)}) {
            Response r = get("/api/v1/audit/verification?expectHead=" + enc(bad));
            assertThat(r.status()).as(bad).isEqualTo(400);
            assertThat(r.json().get("parameter").asString()).isEqualTo("expectHead");
            assertThat(r.json().get("detail").asString()).contains("<seq>:<hash>");
        }
        assertThat(get("/api/v1/audit/verification?head=1").status()).isEqualTo(400);
    }

    @Test
    void theCommandPrintsTheHeadExportsItAndComparesWithItLater(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("audit-head.txt");

        Run export = run("audit", "verify", "--export-head", file.toString());
        Run compare = run("audit", "verify", "--expect-head", file.toString());
        String head = Files.readAllLines(file).stream().filter(l -> !l.startsWith("#")).findFirst().orElseThrow();
        long seq = Long.parseLong(head.substring(0, head.indexOf(':')));
        Run wrong = run("audit", "verify", "--expect-head", seq + ":" + "cd".repeat(32));
        Run usage = run("audit", "verify", "--expect-head");

        assertThat(export.exit()).as(export.out()).isZero();
        assertThat(export.out()).containsPattern("head: seq=" + seq + " hash=[0-9a-f]{64} records=[1-9][0-9]*");
        assertThat(export.out()).contains("audit log intact");
        assertThat(compare.exit()).as(compare.out()).isZero();
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.out()).contains("TRUNCATED_OR_REWRITTEN seq=" + seq, "head: seq=");
        assertThat(usage.exit()).isEqualTo(2);
    }

    private record Run(int exit, String out) {
    }

    /** Runs a command as the launcher would (same CommandLine bean), capturing what it prints. */
    private Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream to = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(to);
        System.setErr(to);
        try {
            int exit = commandLine.run(args);
            return new Run(exit, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
