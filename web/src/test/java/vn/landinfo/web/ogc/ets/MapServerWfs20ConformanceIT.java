package vn.landinfo.web.ogc.ets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.landinfo.testsupport.TestDatabase;
import vn.landinfo.web.DemoCadastreApplication;
import vn.landinfo.web.ogc.ets.Wfs20Results.Outcome;
import vn.landinfo.web.ogc.ets.Wfs20Results.Status;

/**
 * The conformance harness proven on a WFS the OGC suite is known to run against: MapServer 8 over the same
 * published views and the CI demo cadastre ({@link MapServerWfs}). MapServer fails a few tests of its own;
 * this test asserts the harness, not MapServer: the suite ran end to end (preconditions passed, tests of every
 * basic conformance class ran), every failure and skip carries the suite's message, and no schema was missing.
 * Report: {@code web/target/ets-wfs20/mapserver/summary.txt}. Profile {@code ets-wfs20} only (decision 0185).
 */
class MapServerWfs20ConformanceIT extends DemoCadastreApplication {

    @Test
    void theOgcWfs20SuiteRunsEndToEndAgainstMapServer() throws Exception {
        URI jdbc = URI.create(TestDatabase.url().substring("jdbc:".length()));
        String conninfo = "host=" + jdbc.getHost() + " port=" + (jdbc.getPort() < 0 ? 5432 : jdbc.getPort())
                + " dbname=" + jdbc.getPath().substring(1) + " user=" + TestDatabase.user();
        Wfs20Results results;
        URI capabilities;
        try (MapServerWfs mapserver = MapServerWfs.start(Wfs20Conformance.reports("mapserver").resolve("server"), conninfo,
                TestDatabase.password())) {
            capabilities = mapserver.capabilities();
            results = Wfs20Suite.fromBuild().run(capabilities, Wfs20Conformance.reports("mapserver"));
        }
        String summary = results.summary(capabilities);
        System.out.println(summary);

        assertThat(results.outcomes()).as("the suite ran tests:%n%s", summary).hasSizeGreaterThan(50);
        assertThat(results.outcomes()).as("the preconditions passed:%n%s", summary)
                .filteredOn(o -> o.conformanceClass().equals("Preconditions"))
                .isNotEmpty().allSatisfy((Outcome o) -> assertThat(o.status()).isEqualTo(Status.PASS));
        assertThat(results.outcomes()).as("Simple and Basic WFS tests passed:%n%s", summary)
                .filteredOn(o -> o.status() == Status.PASS)
                .extracting(Outcome::conformanceClass).contains("Simple WFS", "Basic WFS");
        assertThat(results.outcomes()).as("every failure and skip says why:%n%s", summary)
                .filteredOn(o -> o.status() != Status.PASS)
                .allSatisfy((Outcome o) -> assertThat(o.message()).isNotBlank());
        assertThat(results.schemasMissed()).as("schemas the suite asked for that the schema jars lack:%n%s", summary).isEmpty();
    }
}
