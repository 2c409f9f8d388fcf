package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.web.DemoCadastreApplication;

/**
 * OGC API – Features over real HTTP on the running application with the CI demo cadastre: requests, JSON, and
 * the checks several abstract tests share (links, problems). Test values come from the database, never hard-coded.
 */
abstract class FeaturesTestSupport extends DemoCadastreApplication {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final String EPSG = "http://www.opengis.net/def/crs/EPSG/0/";

    record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {
        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    String base() {
        return "http://localhost:" + port + "/ogc/features";
    }

    Response get(String pathAndQuery) {
        return get(pathAndQuery, "application/json");
    }

    Response get(String pathAndQuery, String accept) {
        try {
            URI uri = URI.create(pathAndQuery.startsWith("http") ? pathAndQuery : base() + pathAndQuery);
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
            if (accept != null) {
                b.header("Accept", accept);
            }
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A 200 JSON answer of the given media type, parsed. */
    JsonNode ok(String pathAndQuery, String mediaType) {
        Response r = get(pathAndQuery);
        assertThat(r.status()).as("%s → %s", pathAndQuery, r.body()).isEqualTo(200);
        assertThat(r.contentType()).as(pathAndQuery).startsWith(mediaType);
        return r.json();
    }

    /** A refusal: the status, problem+json, a bilingual detail naming what was wrong. */
    JsonNode problem(String pathAndQuery, int status, String mentioned) {
        Response r = get(pathAndQuery);
        assertThat(r.status()).as("%s → %s", pathAndQuery, r.body()).isEqualTo(status);
        assertThat(r.contentType()).startsWith("application/problem+json");
        JsonNode p = r.json();
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("detail").asString()).contains(" / ").contains(mentioned);
        assertThat(p.get("title").asString()).contains(" / ");
        return p;
    }

    /** The ids of the collections the service lists. */
    List<String> collections() {
        List<String> ids = new ArrayList<>();
        ok("/collections", "application/json").get("collections").forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }

    static List<JsonNode> links(JsonNode doc, String rel) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode l : doc.get("links")) {
            if (l.get("rel").asString().equals(rel)) {
                found.add(l);
            }
        }
        return found;
    }

    static JsonNode link(JsonNode doc, String rel, String type) {
        return links(doc, rel).stream().filter(l -> l.get("type").asString().startsWith(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no link rel=" + rel + " type=" + type + " in " + doc.get("links")));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Current parcels of a commune, as the published view counts them. */
    long parcelsOf(String commune) {
        return jdbc.sql("SELECT count(*) FROM publish.parcels WHERE commune_code = :c").param("c", commune).query(Long.class).single();
    }

    /** The smallest current parcel id of a commune: a real feature to ask for. */
    long aParcel(String commune) {
        return jdbc.sql("SELECT min(id) FROM publish.parcels WHERE commune_code = :c").param("c", commune).query(Long.class).single();
    }

    /** The parcel's bounding box in CRS84 (x = longitude). */
    double[] boxOf(long parcelId) {
        return jdbc.sql("SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM (SELECT ST_Envelope(geom)::box2d b FROM publish.parcels WHERE id = :id) s")
                .param("id", parcelId).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
    }
}
