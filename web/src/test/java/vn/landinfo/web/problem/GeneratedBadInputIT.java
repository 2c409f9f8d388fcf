package vn.landinfo.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.shared.model.RegisterDigest;
import vn.landinfo.web.DemoCadastreApplication;

/**
 * A few thousand malformed requests, generated from the API's own OpenAPI document, from the WMS's and the tiles'
 * operations, and as a matrix for the WFS and OGC API – Features (WfsBadRequests, FeaturesBadRequests), sent one at a
 * time over a raw socket (so nothing is cleaned up on the way): none may get a 5xx, every refusal is written in its
 * service's format (problem+json, the WMS's report, an OWS report with code and locator, OGC API's JSON exception)
 * and says what was wrong, no hostile body gets the server to read the file or the URL it points at, and the
 * register is byte-for-byte what it was before (docs/decisions/0197-bad-input-matrix-for-wfs-and-ogc-api.md).
 */
class GeneratedBadInputIT extends DemoCadastreApplication {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** What /etc/passwd starts with: an answer holding it read the file an external entity named. */
    private static final String PASSWD = "root:x:0:0";
    /** A write no kind accepts (legalBasis missing), so whatever a variant changes, nothing can be written. */
    private static final byte[] REFUSED_BODY = "{\"kind\": \"PURPOSE_CHANGE\", \"change\": {\"parcelId\": 999999999}}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void noMalformedRequestGetsA5xxOrAnythingButAProblemAndNothingIsWritten() throws Exception {
        RawHttp http = new RawHttp(port);
        long parcel = jdbc.sql("SELECT min(parcel_id) FROM parcel_version WHERE end_lifespan IS NULL").query(Long.class).single();
        BadRequests generator = new BadRequests(
                Map.of("id", String.valueOf(parcel), "serial", "AA 00000001", "code", "00070", "layer", "parcels",
                        "z", "17", "x", "104068", "y", "57702"),
                Map.of("/api/v1/parcels", "commune=00070&sheet=1&number=1", "/api/v1/admin-units", "level=province",
                        "/api/v1/parcels/{id}/diff", "from=1&to=1", "/api/v1/parcels/{id}/lineage", "depth=2"),
                REFUSED_BODY);
        RawHttp.Response docs = http.send("GET", "/v3/api-docs", new byte[0]);
        assertThat(docs.status()).isEqualTo(200);
        JsonNode openApi = JSON.readTree(docs.body());

        List<BadRequest> requests = new ArrayList<>(generator.fromOpenApi(openApi));
        int fromOpenApi = requests.size();
        String getMap = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetMap&LAYERS=parcels&STYLES=&CRS=EPSG:4326"
                + "&BBOX=21.025,105.850,21.027,105.852&WIDTH=64&HEIGHT=64&FORMAT=image/png";
        requests.addAll(generator.ogc(Map.of(
                "GetCapabilities", "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetCapabilities",
                "GetMap", getMap,
                "GetFeatureInfo", getMap.replace("GetMap", "GetFeatureInfo") + "&QUERY_LAYERS=parcels&INFO_FORMAT=application/json&I=32&J=32",
                "GetLegendGraphic", "SERVICE=WMS&REQUEST=GetLegendGraphic&LAYER=parcels&FORMAT=image/png")));
        requests.addAll(tiles());
        assertThat(fromOpenApi).as("operations of the OpenAPI document covered").isGreaterThan(1000);

        try (Lures lures = new Lures(Path.of("target", "lures"))) {
            List<BadRequest> wfs = new WfsBadRequests(lures).all();
            List<BadRequest> features = new FeaturesBadRequests(lures).all();
            requests.addAll(wfs);
            requests.addAll(features);
            Verdicts verdicts = new Verdicts(List.of(lures.secret(), PASSWD));

            RegisterDigest before = NothingWritten.digest();
            List<String> failures = new ArrayList<>();
            long started = System.nanoTime();
            for (BadRequest r : requests) {
                RawHttp.Response answer = http.send(r.method(), r.target(), r.body(), r.headers().toArray(String[]::new));
                String why = verdicts.judge(r, answer);
                if (why != null) {
                    failures.add(r + "\n    → " + answer.status() + " " + answer.contentType() + " " + abbreviate(answer.text()) + "\n    " + why);
                }
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            writeDown(failures);
            System.out.printf("GeneratedBadInputIT: %d requests (%d from the OpenAPI document, %d WFS, %d OGC API – Features) in %d s, %d failures%n",
                    requests.size(), fromOpenApi, wfs.size(), features.size(), seconds, failures.size());

            assertThat(failures).as(failures.size() + " of " + requests.size() + " malformed requests were answered wrongly:\n"
                    + String.join("\n", failures.subList(0, Math.min(60, failures.size())))).isEmpty();
            assertThat(lures.connections()).as("connections the server made to URLs that hostile bodies named").isZero();
            assertThat(NothingWritten.digest().differences(before)).as("tables written by malformed requests").isEmpty();
        }
    }

    /** Tile addresses and TileJSON of layers that do not exist or with coordinates that cannot be. */
    private static List<BadRequest> tiles() {
        List<BadRequest> out = new ArrayList<>();
        for (String bad : BadRequests.BAD_SEGMENTS) {
            out.add(BadRequest.get("tile z=" + bad.length(), "/tiles/parcels/" + bad + "/1/1.mvt", true, null));
            out.add(BadRequest.get("TileJSON " + bad.length(), "/tiles/" + bad + ".json", true, null));
        }
        for (String zxy : List.of("17/-1/0", "17/0/131072", "31/0/0", "-1/0/0", "17/1.5/2", "17/1e3/2", "17/1_0/2", "2/3/4/5")) {
            out.add(BadRequest.get("tile " + zxy, "/tiles/parcels/" + zxy + ".mvt", true, null));
        }
        return out;
    }

    /** Every failure, for reading when there are more than the assertion message shows. */
    private static void writeDown(List<String> failures) {
        try {
            Files.write(Path.of("target", "generated-bad-input-failures.txt"), failures, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }
}
