package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import vn.landinfo.testsupport.TestDatabase;

/**
 * A map request that would need more database time than allowed ends as the protocol's refusal, not
 * a hung connection or a 500: while another session holds the parcels table locked, GetMap answers a
 * WMS exception with 503 and a tile request a problem+json 503, both within about the configured second.
 */
@TestPropertySource(properties = {
    "landinfo.wms.statement-timeout=1s",
    "landinfo.tiles.statement-timeout=1s",
    "landinfo.tiles.cache-size=0"})
class MapTimeoutIT extends WmsTestSupport {

    @Test
    void getMapAndTilesAnswer503WhenTheDatabaseCannotAnswerInTime() throws Exception {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false);
        String getMap = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=parcels&STYLES=&CRS=EPSG:3857&BBOX=" + bbox(b)
                + "&WIDTH=256&HEIGHT=256&FORMAT=image/png";
        int[] tile = jdbc.sql("""
                SELECT floor((ST_X(c) + 20037508.342789244) / (2 * 20037508.342789244 / 65536))::int,
                       floor((20037508.342789244 - ST_Y(c)) / (2 * 20037508.342789244 / 65536))::int
                FROM (SELECT ST_Centroid(geom_3857) AS c FROM publish.parcel_shapes WHERE id = :id) x""")
                .param("id", p.id()).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        String tilePath = "/tiles/parcels/16/" + tile[0] + "/" + tile[1] + ".mvt";
        assertThat(wms(getMap).status()).as("the map answers while nothing blocks it").isEqualTo(200);
        assertThat(get(tilePath).statusCode()).isEqualTo(200);

        try (Connection blocker = TestDatabase.dataSource().getConnection()) {
            blocker.setAutoCommit(false);
            try (Statement s = blocker.createStatement()) {
                s.execute("LOCK TABLE parcel_version IN ACCESS EXCLUSIVE MODE");
            }
            long start = System.nanoTime();
            Response map = wms(getMap);
            double mapSeconds = (System.nanoTime() - start) / 1e9;
            assertThat(map.status()).isEqualTo(503);
            assertThat(map.contentType()).startsWith("text/xml");
            assertThat(map.text()).contains("ServiceExceptionReport").contains("Yêu cầu cần hơn 1 giây xử lý cơ sở dữ liệu")
                    .contains(" / the request needed more than 1 s");
            assertThat(mapSeconds).as("refused after the statement timeout, not hung").isLessThan(5);

            HttpResponse<String> t = get(tilePath);
            assertThat(t.statusCode()).isEqualTo(503);
            assertThat(t.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
            assertThat(t.body()).contains("\"status\":503").contains("\"title\":\"Tạm thời không phục vụ được / Service unavailable\"")
                    .contains("cần hơn 1 giây xử lý cơ sở dữ liệu").contains(" / tile parcels/16/").contains("more than 1 s")
                    .contains("\"instance\":\"" + tilePath + "\"");
            blocker.rollback();
        }
        assertThat(wms(getMap).status()).as("and answers again once the lock is gone").isEqualTo(200);
        assertThat(get(tilePath).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
