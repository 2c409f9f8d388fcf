package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.landinfo.web.ogc.ExternalClients.Run;

/**
 * Independent WFS clients against the running service: GDAL's WFS driver (ogrinfo) counts what the database holds,
 * also through an attribute filter it translates to FES; OWSLib reads the 2.0.0 and 1.1.0 capabilities and fetches
 * features. Debian packages gdal-bin and python3-owslib; a missing one fails the test.
 */
class WfsClientsIT extends WfsTestSupport {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void gdalCountsTheMapSheetsAsTheDatabaseDoesAlsoThroughAFilter() throws Exception {
        long all = jdbc.sql("SELECT count(*) FROM publish.map_sheets").query(Long.class).single();
        int scale = jdbc.sql("SELECT scale FROM publish.map_sheets GROUP BY scale ORDER BY count(*) DESC LIMIT 1").query(Integer.class).single();
        long ofScale = jdbc.sql("SELECT count(*) FROM publish.map_sheets WHERE scale = :s").param("s", scale).query(Long.class).single();
        Run r = GdalClient.run(dir, false, "ogrinfo", "-ro", "-so", "WFS:" + wfsUrl(), "landinfo:map_sheets");
        assertThat(GdalClient.featureCount(r)).isEqualTo(all);
        Run filtered = GdalClient.run(dir, false, "ogrinfo", "-ro", "-so", "-where", "scale = " + scale, "WFS:" + wfsUrl(), "landinfo:map_sheets");
        assertThat(GdalClient.featureCount(filtered)).isEqualTo(ofScale);
    }

    @Test
    void owslibReadsBothVersionsCapabilitiesAndFetchesFeatures() throws Exception {
        JsonNode result = ExternalClients.python(dir, "/ogc/owslib_wfs_client.py", "python3-owslib", TIMEOUT, Map.of(), List.of(wfsUrl()));
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
