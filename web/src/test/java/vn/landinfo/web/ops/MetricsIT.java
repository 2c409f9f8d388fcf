package vn.landinfo.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.landinfo.web.DemoCadastreApplication;
import vn.landinfo.web.ogc.Mvt;

/**
 * What an operator's Prometheus scrapes from /actuator/prometheus after real requests: request rate, latency
 * and errors per route template and per OGC operation, the connection pool, the tile cache and the JVM; and
 * never a label made of what a client typed.
 */
class MetricsIT extends DemoCadastreApplication {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String REQUESTS = "http_server_requests_seconds_count";

    int get(String pathAndQuery) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    PrometheusText scrape() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain").contains("version=0.0.4");
        return PrometheusText.parse(r.body());
    }

    /** A tile {x, y} at zoom 16 holding a current parcel of Hoàn Kiếm. */
    int[] parcelTile() {
        return jdbc.sql("""
                SELECT ST_X(c), ST_Y(c) FROM (SELECT ST_PointOnSurface(s.geom_3857) c FROM publish.parcel_shapes s
                JOIN publish.parcels p ON p.id = s.id WHERE p.commune_code = '00070' ORDER BY s.id LIMIT 1) x""")
                .query((rs, n) -> Mvt.tileOf(rs.getDouble(1), rs.getDouble(2), 16)).single();
    }

    @Test
    void requestsAreCountedPerRouteTemplateWithTheirStatusNotPerAddress() throws Exception {
        double before = scrape().sum(REQUESTS, Map.of("uri", "/api/v1/admin-units", "status", "200"));
        assertThat(get("/api/v1/admin-units?level=province")).isEqualTo(200);
        assertThat(get("/api/v1/parcels/987654321987")).isEqualTo(404);

        PrometheusText metrics = scrape();
        assertThat(metrics.sum(REQUESTS, Map.of("uri", "/api/v1/admin-units", "method", "GET", "status", "200", "outcome", "SUCCESS")))
                .isEqualTo(before + 1);
        assertThat(metrics.named(REQUESTS, Map.of("uri", "/api/v1/parcels/{id}", "status", "404", "outcome", "CLIENT_ERROR")))
                .as("an error is counted under its template").isNotEmpty();
        assertThat(metrics.named("http_server_requests_seconds_bucket", Map.of("uri", "/api/v1/admin-units", "le", "0.025")))
                .as("latency buckets for histogram_quantile").isNotEmpty();
        assertThat(metrics.text()).doesNotContain("987654321987", "level=province");
        assertThat(metrics.named(REQUESTS)).allSatisfy(s -> assertThat(s.labels().get("uri")).doesNotContain("?"));
    }

    @Test
    void ogcRequestsCarryTheirOperationAndUnknownOperationsAreNotEchoed() throws Exception {
        double before = scrape().sum(REQUESTS, Map.of("uri", "/ogc/wms", "ogc_operation", "GetMap"));
        assertThat(get("/ogc/wms?SERVICE=WMS&VERSION=1.3.0&request=GetMap&LAYERS=communes&STYLES=&CRS=EPSG:3857"
                + "&BBOX=11783000,2395600,11783430,2396030&WIDTH=64&HEIGHT=64&FORMAT=image/png")).isEqualTo(200);
        assertThat(get("/ogc/wms?SERVICE=WMS&REQUEST=GetCapabilities")).isEqualTo(200);
        get("/ogc/wms?SERVICE=WMS&REQUEST=Exfiltrate0123456789");
        get("/ogc/wms?SERVICE=WMS");

        PrometheusText metrics = scrape();
        assertThat(metrics.sum(REQUESTS, Map.of("uri", "/ogc/wms", "ogc_operation", "GetMap", "status", "200"))).isEqualTo(before + 1);
        assertThat(metrics.named(REQUESTS, Map.of("uri", "/ogc/wms", "ogc_operation", "GetCapabilities"))).isNotEmpty();
        assertThat(metrics.named(REQUESTS, Map.of("uri", "/ogc/wms", "ogc_operation", "other"))).isNotEmpty();
        assertThat(metrics.named(REQUESTS, Map.of("uri", "/ogc/wms", "ogc_operation", "missing"))).isNotEmpty();
        assertThat(metrics.text()).doesNotContain("Exfiltrate0123456789", "11783000");
        assertThat(metrics.named(REQUESTS)).as("every series has the same label names")
                .allSatisfy(s -> assertThat(s.labels()).containsKeys("uri", "status", "ogc_operation", "layer"));
    }

    @Test
    void aRepeatedTileIsACacheHitAndTileRequestsCarryTheirLayer() throws Exception {
        int[] t = parcelTile();
        String tile = "/tiles/parcels/16/" + t[0] + "/" + t[1] + ".mvt";
        assertThat(get(tile)).isEqualTo(200);
        double hits = scrape().sum("cache_gets_total", Map.of("cache", "tiles", "result", "hit"));
        double puts = scrape().sum("cache_puts_total", Map.of("cache", "tiles"));
        assertThat(get(tile)).isEqualTo(200);
        assertThat(get("/tiles/nosuchlayer42/16/1/1.mvt")).isEqualTo(404);

        PrometheusText metrics = scrape();
        assertThat(metrics.sum("cache_gets_total", Map.of("cache", "tiles", "result", "hit"))).isEqualTo(hits + 1);
        assertThat(metrics.sum("cache_puts_total", Map.of("cache", "tiles"))).as("a hit stores nothing").isEqualTo(puts);
        assertThat(metrics.sum("cache_size", Map.of("cache", "tiles"))).isGreaterThanOrEqualTo(1);
        assertThat(metrics.sum("cache_bytes", Map.of("cache", "tiles"))).isGreaterThan(0);
        assertThat(metrics.named("cache_evictions_total", Map.of("cache", "tiles"))).isNotEmpty();
        assertThat(metrics.named("cache_invalidations_total", Map.of("cache", "tiles"))).isNotEmpty();
        assertThat(metrics.named(REQUESTS, Map.of("uri", "/tiles/{layer}/{z}/{x}/{y}.mvt", "layer", "parcels", "status", "200"))).isNotEmpty();
        assertThat(metrics.named(REQUESTS, Map.of("uri", "/tiles/{layer}/{z}/{x}/{y}.mvt", "layer", "other", "status", "404"))).isNotEmpty();
        assertThat(metrics.text()).doesNotContain("nosuchlayer42");
    }

    @Test
    void theConnectionPoolAndTheJvmAreMeasured() throws Exception {
        PrometheusText metrics = scrape();
        assertThat(metrics.named("hikaricp_connections_active")).isNotEmpty();
        assertThat(metrics.named("hikaricp_connections_max").get(0).value()).isGreaterThan(0);
        assertThat(metrics.named("hikaricp_connections_acquire_seconds_count")).isNotEmpty();
        assertThat(metrics.named("jvm_memory_used_bytes", Map.of("area", "heap"))).isNotEmpty();
        assertThat(metrics.named("jvm_memory_max_bytes", Map.of("area", "heap"))).isNotEmpty();
        assertThat(metrics.named("jvm_gc_pause_seconds_count")).isNotEmpty();
        assertThat(metrics.named("process_cpu_usage")).isNotEmpty();
        assertThat(metrics.named("jvm_threads_live_threads").get(0).labels()).containsEntry("application", "landinfo");
    }
}
