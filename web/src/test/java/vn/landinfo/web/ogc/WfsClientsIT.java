package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.web.ogc.ExternalClients.run;
import static vn.landinfo.web.ogc.ExternalClients.script;
import static vn.landinfo.web.ogc.ExternalClients.tool;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.web.ogc.ExternalClients.Run;

/**
 * Independent WFS clients against the running service: GDAL's WFS driver (ogrinfo) counts what the database holds,
 * also through an attribute filter it translates to FES; OWSLib reads the 2.0.0 and 1.1.0 capabilities and fetches
 * features. Debian packages gdal-bin and python3-owslib; a missing one fails the test.
 */
class WfsClientsIT extends WfsTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private static long featureCount(Run r) {
        Matcher m = Pattern.compile("Feature Count: (\\d+)").matcher(r.output());
        assertThat(m.find()).as("ogrinfo: " + r.output()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    void gdalCountsTheMapSheetsAsTheDatabaseDoesAlsoThroughAFilter() throws Exception {
        long all = jdbc.sql("SELECT count(*) FROM publish.map_sheets").query(Long.class).single();
        int scale = jdbc.sql("SELECT scale FROM publish.map_sheets GROUP BY scale ORDER BY count(*) DESC LIMIT 1").query(Integer.class).single();
        long ofScale = jdbc.sql("SELECT count(*) FROM publish.map_sheets WHERE scale = :s").param("s", scale).query(Long.class).single();
        String ogrinfo = tool("ogrinfo", "gdal-bin");
        Run r = run(dir, TIMEOUT, List.of(ogrinfo, "-ro", "-so", "WFS:" + wfsUrl(), "landinfo:map_sheets"));
        assertThat(r.exit()).as(r.output()).isZero();
        assertThat(featureCount(r)).isEqualTo(all);
        Run filtered = run(dir, TIMEOUT, List.of(ogrinfo, "-ro", "-so", "-where", "scale = " + scale, "WFS:" + wfsUrl(), "landinfo:map_sheets"));
        assertThat(filtered.exit()).as(filtered.output()).isZero();
        assertThat(featureCount(filtered)).isEqualTo(ofScale);
    }

    @Test
    void owslibReadsBothVersionsCapabilitiesAndFetchesFeatures() throws Exception {
        Path script = script("/ogc/owslib_wfs_client.py", dir);
        Run r = run(dir, TIMEOUT, List.of(tool("python3", "python3-owslib"), script.toString(), wfsUrl()));
        assertThat(r.exit()).as("OWSLib client: " + r.output()).isZero();
        JsonNode result = JSON.readTree(r.output().lines().reduce((a, z) -> z).orElse("{}"));
        for (String version : List.of("2.0.0", "1.1.0")) {
            assertThat(result.get(version).get("version").asString()).isEqualTo(version);
            assertThat(result.get(version).get("types").toString()).contains("landinfo:parcels").contains("landinfo:map_sheets")
                    .doesNotContain("restrictions");
            assertThat(result.get(version).get("operations").toString()).contains("GetFeature").contains("DescribeFeatureType");
        }
        assertThat(result.get("features")).hasSize(3);
        assertThat(result.get("features").get(0).asString()).startsWith("map_sheets.");
    }
}
