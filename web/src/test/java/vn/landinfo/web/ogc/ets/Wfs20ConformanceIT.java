package vn.landinfo.web.ogc.ets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.landinfo.web.DemoCadastreApplication;
import vn.landinfo.web.ogc.ets.Wfs20Results.Outcome;
import vn.landinfo.web.ogc.ets.Wfs20Results.Status;

/**
 * The OGC's own WFS 2.0 conformance suite (ets-wfs20 1.25, the suite the OGC certifies servers with) against
 * landinfo's {@code /ogc/wfs} on the running test server with the CI demo cadastre, or against any WFS given
 * as {@code -Dets.wfs20.url=<GetCapabilities URL>}. Runs in the default lane ({@code ./landinfo test}; the main build
 * copies the suite's jars), alone with
 * {@code ./landinfo test -pl web -am -Dtest=none -Dit.test=Wfs20ConformanceIT -Dsurefire.failIfNoSpecifiedTests=false}
 * (docs/decisions/0185-wfs20-conformance-suite-in-a-forked-jvm.md, 0186-landinfo-passes-the-ogc-wfs20-suite.md).
 * Report: {@code web/target/ets-wfs20/landinfo/summary.txt}, TestNG's and the EARL results beside it.
 */
class Wfs20ConformanceIT extends DemoCadastreApplication {

    /** The suite's conformance classes (TestNG tests) that landinfo's read-only WFS 2.0 must pass without a skip. */
    static final java.util.Set<String> MUST_RUN = java.util.Set.of("Preconditions", "All GML application schemas",
            "GML application schemas defining features", "Simple WFS", "Basic WFS", "Temporal filter", "Spatial filter",
            "Response paging");

    /**
     * The suite's own reasons to skip a test for one feature type that lacks what the test needs (a temporal or a
     * numeric property, an id of another type): about the data, not about what the capabilities declare. The
     * provinces, communes and map sheets have no date-time property, so the temporal tests skip for them.
     */
    static final java.util.List<String> DATA_SKIPS = java.util.List.of("Feature type has no ",
            "No numeric or temporal property values found for ", "Unable to find id of feature instance");

    /**
     * Failures that are the suite's own on the CI demo cadastre, not the server's (test → the start of the suite's
     * message); docs/decisions/0186-landinfo-passes-the-ogc-wfs20-suite.md gives the request and the evidence. The
     * suite samples the first 25 parcels: they share one valid_from (the demo migration's instant) and lie within
     * 0.005°. beforePeriod then asks for parcels strictly before a period that begins at that very instant (FES
     * Before is strict: none is); bboxWithDefaultExtent rounds that extent to two decimals, a single point, and its
     * own check rejects the parcel landinfo returns although the parcel contains the point. intersectsCurve checks
     * each member polygon of a province's MultiSurface on its own against the line, so a province whose mainland
     * crosses the line fails by its islands. Each may pass on other data; none is excused for another test or
     * another message.
     */
    static final java.util.Map<String, String> SUITE_ARTIFACTS = java.util.Map.of(
            "BeforeTests.beforePeriod", "No temporal values found in results: property is \"http://landinfo.gov.vn/cadastre\":valid_from",
            "IntersectsTests.intersectsCurve", "Predicate Intersects not satisfied by arguments. <gml:LineString");

    /** The spatial tests whose literal the suite builds from the rounded sample extent. */
    static final java.util.Set<String> EXTENT_TESTS = java.util.Set.of("BBOXTests.bboxWithDefaultExtent", "IntersectsTests.intersectsPolygon",
            "IntersectsTests.intersectsCurve");

    static boolean suiteArtifact(Outcome o) {
        String prefix = SUITE_ARTIFACTS.get(o.name());
        return prefix != null && o.message().startsWith(prefix) || EXTENT_TESTS.contains(o.name()) && degenerateLiteral(o.message());
    }

    /**
     * The suite's own check failed on a literal it rounded to a single point (every position of its first posList
     * the same, e.g. "21.03 105.85 21.03 105.85 …"): a degenerate polygon or line no feature can satisfy by its
     * check, while the parcels landinfo returns contain the point.
     */
    static boolean degenerateLiteral(String message) {
        var m = java.util.regex.Pattern.compile("^Predicate \\w+ not satisfied by arguments\\. .*?<gml:posList>([^<]*)</gml:posList>")
                .matcher(message);
        if (!m.find()) {
            return false;
        }
        String[] v = m.group(1).trim().split("\\s+");
        for (int i = 2; i + 1 < v.length; i += 2) {
            if (!v[i].equals(v[0]) || !v[i + 1].equals(v[1])) {
                return false;
            }
        }
        return v.length >= 4;
    }

    @Test
    void theOgcWfs20SuitePassesEveryTestThatTheCapabilitiesDeclare() throws Exception {
        String given = System.getProperty("ets.wfs20.url", "");
        // Another server is judged by what its capabilities declare only; the classes landinfo must run apply to landinfo.
        URI capabilities = given.isBlank()
                ? URI.create("http://127.0.0.1:" + port + "/ogc/wfs?SERVICE=WFS&REQUEST=GetCapabilities&VERSION=2.0.0")
                : URI.create(given);

        Wfs20Results results = Wfs20Suite.fromBuild().run(capabilities, Wfs20Conformance.reports(given.isBlank() ? "landinfo" : "url"));
        String summary = results.summary(capabilities);
        System.out.println(summary);

        assertThat(results.outcomes()).as("the suite ran tests:%n%s", summary).isNotEmpty();
        assertThat(results.with(Status.PASS)).as("the suite passed tests:%n%s", summary).isNotEmpty();
        assertThat(results.with(Status.FAIL)).as("failed tests:%n%s", summary).filteredOn(o -> !given.isBlank() || !suiteArtifact(o)).isEmpty();
        // A skip is acceptable only with the suite's reason (a conformance class the capabilities do not declare);
        // a skip without one follows a failed configuration or dependency, which is a failure in disguise.
        assertThat(results.with(Status.SKIP)).as("skipped tests without a reason:%n%s", summary)
                .allSatisfy((Outcome o) -> assertThat(o.message()).isNotBlank());
        // What issue 17 builds must be tested, never skipped by declaring less: in the classes below a test may skip
        // only for a feature type without the data it needs, and every class passes tests.
        // Transactions, locking and feature versions (the suite's versioning tests create versions with wfs:Transaction)
        // wait for WFS-T (issue 19); stored-query management and joins are not part of the issue.
        assertThat(results.outcomes()).as("conformance classes issue 17 builds, skipped for another reason than data:%n%s", summary)
                .filteredOn(o -> given.isBlank() && MUST_RUN.contains(o.conformanceClass()) && o.status() == Status.SKIP)
                .allSatisfy((Outcome o) -> assertThat(DATA_SKIPS).as(o.name() + ": " + o.message()).anyMatch(o.message()::startsWith));
        if (given.isBlank()) {
            assertThat(results.with(Status.PASS)).extracting(Outcome::conformanceClass).as("classes that passed tests").containsAll(MUST_RUN);
        }
        assertThat(results.schemasMissed()).as("schemas the suite asked for that the schema jars lack:%n%s", summary).isEmpty();
    }
}
