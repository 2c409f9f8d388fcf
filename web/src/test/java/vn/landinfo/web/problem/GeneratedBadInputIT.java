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
 * A few thousand malformed requests, generated from the API's own OpenAPI document and from the WMS's
 * and the tiles' operations, sent one at a time over a raw socket (so nothing is cleaned up on the way):
 * none may get a 5xx, every refusal is a problem+json (an OGC exception report under /ogc/) whose detail
 * says what was wrong, and the register is byte-for-byte what it was before.
 */
class GeneratedBadInputIT extends DemoCadastreApplication {

    private static final ObjectMapper JSON = new ObjectMapper();
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

        RegisterDigest before = NothingWritten.digest();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (BadRequest r : requests) {
            RawHttp.Response answer = http.send(r.method(), r.target(), r.body(), r.headers().toArray(String[]::new));
            String why = judge(r, answer);
            if (why != null) {
                failures.add(r + "\n    → " + answer.status() + " " + answer.contentType() + " " + abbreviate(answer.text()) + "\n    " + why);
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        writeDown(failures);
        System.out.printf("GeneratedBadInputIT: %d requests (%d from the OpenAPI document) in %d s, %d failures%n",
                requests.size(), fromOpenApi, seconds, failures.size());

        assertThat(failures).as(failures.size() + " of " + requests.size() + " malformed requests were answered wrongly:\n"
                + String.join("\n", failures.subList(0, Math.min(60, failures.size())))).isEmpty();
        assertThat(NothingWritten.digest().differences(before)).as("tables written by malformed requests").isEmpty();
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

    /** Why the answer is wrong for this request, or null when it is right. */
    private static String judge(BadRequest r, RawHttp.Response a) {
        if (a.status() >= 500) {
            return "a server error";
        }
        if (r.refused() && a.status() < 400) {
            return "accepted, should have been refused with a 4xx";
        }
        if (a.status() < 400) {
            return null;
        }
        String text = a.text();
        String detail;
        if (r.ogc() && !r.what().endsWith(BadRequests.UNROUTABLE)) {
            if (!a.contentType().startsWith("text/xml") && !a.contentType().startsWith("application/vnd.ogc.se_xml")) {
                return "not an OGC exception report";
            }
            int open = text.indexOf("<ServiceException ");
            if (!text.contains("<ServiceExceptionReport") || open < 0) {
                return "no ServiceException in the report";
            }
            detail = text.substring(text.indexOf('>', open) + 1);
            if (!detail.contains(" / ")) {
                return "an exception report without a message in Vietnamese and English";
            }
        } else {
            if (!a.contentType().startsWith("application/problem+json")) {
                return "not application/problem+json";
            }
            JsonNode p;
            try {
                p = JSON.readTree(a.body());
            } catch (RuntimeException e) {
                return "problem+json that is not JSON";
            }
            if (!p.path("type").asString("").startsWith("urn:landinfo:problem:") || p.path("status").asInt() != a.status()
                    || !p.path("title").asString("").contains(" / ")) {
                return "problem without type, title or status";
            }
            detail = p.path("detail").asString("");
            // The REST API's and the tiles' problems also say where and in both languages.
            if ((r.target().startsWith("/api/") || r.target().startsWith("/tiles/")) && (!p.has("instance") || !detail.contains(" / "))) {
                return "problem without instance or without a detail in Vietnamese and English";
            }
        }
        if (detail.isBlank()) {
            return "no detail";
        }
        if (r.mustName() != null && !detail.contains(r.mustName())) {
            return "the detail does not name '" + r.mustName() + "'";
        }
        return null;
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
