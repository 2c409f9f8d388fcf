package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** OGC API – Features Part 1, requirements class GeoJSON (OGC 17-069r4, Annex A.3). */
class OapifGeoJsonIT extends FeaturesTestSupport {

    /** /ats/geojson/definition: features and a feature are offered as application/geo+json in the API definition. */
    @Test
    void ats_geojson_definition() {
        JsonNode paths = ok("/api", "application/vnd.oai.openapi+json").get("paths");
        for (String p : new String[] {"/collections/{collectionId}/items", "/collections/{collectionId}/items/{featureId}"}) {
            assertThat(paths.get(p).get("get").get("responses").get("200").get("content").has("application/geo+json")).as(p).isTrue();
        }
        assertThat(get("/collections/parcels/items?limit=1", "application/geo+json").contentType()).startsWith("application/geo+json");
    }

    /**
     * /ats/geojson/content: RFC 7946 — a FeatureCollection of Features, each with id, a Polygon or MultiPolygon of
     * closed rings of two-number positions, and a properties object; the single feature likewise.
     */
    @Test
    void ats_geojson_content() {
        for (String collection : new String[] {"parcels", "map_sheets", "communes", "provinces"}) {
            JsonNode fc = ok("/collections/" + collection + "/items?limit=3", "application/geo+json");
            assertThat(fc.get("type").asString()).isEqualTo("FeatureCollection");
            for (JsonNode f : fc.get("features")) {
                assertFeature(f, collection);
            }
            if (!fc.get("features").isEmpty()) {
                String id = fc.get("features").get(0).get("id").asString();
                assertFeature(ok("/collections/" + collection + "/items/" + id, "application/geo+json"), collection);
            }
        }
    }

    private static void assertFeature(JsonNode f, String collection) {
        assertThat(f.get("type").asString()).isEqualTo("Feature");
        assertThat(f.get("id").isString() || f.get("id").isNumber()).as(collection + " id").isTrue();
        assertThat(f.get("properties").isObject()).isTrue();
        JsonNode g = f.get("geometry");
        if (g == null || g.isNull()) {
            return;
        }
        assertThat(g.get("type").asString()).isIn("Polygon", "MultiPolygon");
        JsonNode polygons = g.get("type").asString().equals("Polygon") ? wrap(g.get("coordinates")) : g.get("coordinates");
        for (JsonNode polygon : polygons) {
            for (JsonNode ring : polygon) {
                assertThat(ring.size()).isGreaterThanOrEqualTo(4);
                assertThat(ring.get(0)).as("closed ring").isEqualTo(ring.get(ring.size() - 1));
                for (JsonNode pos : ring) {
                    assertThat(pos.size()).isEqualTo(2);
                }
            }
        }
    }

    private static JsonNode wrap(JsonNode polygon) {
        return FeaturesTestSupport.JSON.createArrayNode().add(polygon);
    }
}
