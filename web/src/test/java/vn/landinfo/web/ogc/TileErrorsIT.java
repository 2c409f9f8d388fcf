package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every way a client can ask for a tile wrongly is an RFC 9457 problem with the right status, the
 * request's path as its instance and a detail that names what is wrong, in Vietnamese and then English —
 * never a 500. (The 503 of a tile whose query runs out of time is
 * MapTimeoutIT's.)
 */
class TileErrorsIT extends TileTestSupport {

    static Stream<Arguments> badRequests() {
        String layers = "parcels, map_sheets, communes, provinces";
        return Stream.of(
                Arguments.of("unknown layer", "/tiles/roads/16/52037/28851.mvt", 404, "layer",
                        "Không có lớp ô bản đồ 'roads'; các lớp là " + layers, "no tile layer 'roads'; the layers are " + layers),
                Arguments.of("unknown layer's TileJSON", "/tiles/roads.json", 404, "layer", "Không có lớp ô bản đồ 'roads'", "no tile layer 'roads'"),
                Arguments.of("layer names are exact", "/tiles/Parcels/16/52037/28851.mvt", 404, "layer",
                        "Không có lớp ô bản đồ 'Parcels'", "no tile layer 'Parcels'"),
                Arguments.of("z not a number", "/tiles/parcels/z/52037/28851.mvt", 400, "z",
                        "z phải là số nguyên không âm, không phải 'z'", "z must be a non-negative whole number, not 'z'"),
                Arguments.of("x not a number", "/tiles/parcels/16/abc/28851.mvt", 400, "x",
                        "x phải là số nguyên không âm, không phải 'abc'", "x must be a non-negative whole number, not 'abc'"),
                Arguments.of("y not a number", "/tiles/parcels/16/52037/y.mvt", 400, "y",
                        "y phải là số nguyên không âm, không phải 'y'", "y must be a non-negative whole number, not 'y'"),
                Arguments.of("y a fraction", "/tiles/parcels/16/52037/28851.5.mvt", 400, "y",
                        "y phải là số nguyên không âm, không phải '28851.5'", "y must be a non-negative whole number, not '28851.5'"),
                Arguments.of("y empty", "/tiles/parcels/16/52037/.mvt", 400, "y",
                        "y phải là số nguyên không âm, không phải ''", "y must be a non-negative whole number, not ''"),
                Arguments.of("x a full-width digit", "/tiles/parcels/16/%EF%BC%91/0.mvt", 400, "x",
                        "x phải là số nguyên không âm", "x must be a non-negative whole number"),
                Arguments.of("x with a space", "/tiles/parcels/16/%201/0.mvt", 400, "x",
                        "x phải là số nguyên không âm", "x must be a non-negative whole number"),
                Arguments.of("negative z", "/tiles/parcels/-16/52037/28851.mvt", 400, "z",
                        "z phải là số nguyên không âm, không phải '-16'", "z must be a non-negative whole number, not '-16'"),
                Arguments.of("negative x", "/tiles/parcels/16/-1/28851.mvt", 400, "x",
                        "x phải là số nguyên không âm, không phải '-1'", "x must be a non-negative whole number, not '-1'"),
                Arguments.of("negative y", "/tiles/parcels/16/52037/-3.mvt", 400, "y",
                        "y phải là số nguyên không âm, không phải '-3'", "y must be a non-negative whole number, not '-3'"),
                Arguments.of("x = 2^z", "/tiles/parcels/16/65536/28851.mvt", 400, "x",
                        "Không có ô 16/65536/28851: ở mức thu phóng 16 x và y chạy từ 0 đến 65535",
                        "tile 16/65536/28851 does not exist: at zoom 16 x and y run from 0 to 65535"),
                Arguments.of("y > 2^z", "/tiles/parcels/14/0/20000.mvt", 400, "y",
                        "Không có ô 14/0/20000: ở mức thu phóng 14 x và y chạy từ 0 đến 16383",
                        "tile 14/0/20000 does not exist: at zoom 14 x and y run from 0 to 16383"),
                Arguments.of("x beyond any int", "/tiles/parcels/16/99999999999/0.mvt", 400, "x",
                        "x phải là số nguyên không âm, không phải '99999999999'", "x must be a non-negative whole number, not '99999999999'"),
                Arguments.of("zoom 99", "/tiles/parcels/99/0/0.mvt", 400, "z", "Mức thu phóng 99 nằm ngoài 0–24", "zoom 99 is outside 0–24"),
                Arguments.of("zoom below the parcels' range", "/tiles/parcels/13/6504/3606.mvt", 404, "z",
                        "Lớp parcels có ô bản đồ từ mức thu phóng 14 đến 20, không có mức 13", "layer parcels has tiles from zoom 14 to 20, not 13"),
                Arguments.of("zoom above the parcels' range", "/tiles/parcels/21/0/0.mvt", 404, "z",
                        "Lớp parcels có ô bản đồ từ mức thu phóng 14 đến 20, không có mức 21", "layer parcels has tiles from zoom 14 to 20, not 21"),
                Arguments.of("zoom above the provinces' range", "/tiles/provinces/13/0/0.mvt", 404, "z",
                        "Lớp provinces có ô bản đồ từ mức thu phóng 4 đến 12, không có mức 13", "layer provinces has tiles from zoom 4 to 12, not 13"),
                Arguments.of("zoom below the communes' range", "/tiles/communes/7/101/56.mvt", 404, "z",
                        "Lớp communes có ô bản đồ từ mức thu phóng 8 đến 16, không có mức 7", "layer communes has tiles from zoom 8 to 16, not 7"),
                Arguments.of("zoom below the sheets' range", "/tiles/map_sheets/11/1626/901.mvt", 404, "z",
                        "Lớp map_sheets có ô bản đồ từ mức thu phóng 12 đến 18, không có mức 11", "layer map_sheets has tiles from zoom 12 to 18, not 11"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("badRequests")
    void aBadTileRequestIsAProblemNamingWhatIsWrongInVietnameseThenEnglish(String what, String path, int status, String parameter,
                                                                          String detailVi, String detailEn) {
        TileHttp.Response r = http.get(path);
        assertThat(r.status()).as("%s: %s", path, r.text()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        // The same types and titles as every other problem of the application.
        assertThat(problem.get("type").asString()).isEqualTo(status == 400 ? "urn:landinfo:problem:invalid-parameter" : "urn:landinfo:problem:not-found");
        assertThat(problem.get("title").asString()).isEqualTo(status == 400 ? "Tham số không hợp lệ / Invalid parameter" : "Không tìm thấy / Not found");
        String detail = problem.get("detail").asString();
        assertThat(detail).startsWith(detailVi).contains(" / " + detailEn);
        assertThat(problem.get("instance").asString()).isEqualTo(path);
        assertThat(problem.get("parameter").asString()).isEqualTo(parameter);
        // A browser map on another origin can read why its request failed.
        assertThat(r.header("access-control-allow-origin")).isEqualTo("*");
    }

    /** Paths that are no tile at all (no ".mvt", another extension, too few segments) and other methods: Spring's answer, never a 500. */
    @Test
    void whatIsNoTileAddressIsNotFoundAndOtherMethodsAreNotAllowed() throws Exception {
        for (String path : new String[] {"/tiles/parcels/16/52037/28851", "/tiles/parcels/16/52037/28851.pbf",
                                         "/tiles/parcels/16/52037", "/tiles/parcels/16/52037/28851.mvt/x", "/tiles/parcels"}) {
            TileHttp.Response r = http.get(path);
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.contentType()).as(path).isEqualTo("application/problem+json");
            assertThat(r.json().get("status").asInt()).isEqualTo(404);
        }
        HttpResponse<String> post = TileHttp.HTTP.send(HttpRequest.newBuilder(URI.create(http.url("parcels", 16, 52037, 28851)))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow").orElse("")).contains("GET");
    }
}
