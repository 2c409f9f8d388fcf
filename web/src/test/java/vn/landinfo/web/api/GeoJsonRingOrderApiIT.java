package vn.landinfo.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise, in every GeoJSON answer. The fixture
 * stores parcel 9006 (with a hole) and the first part of 9007 (a multipolygon) the other way round on purpose.
 */
class GeoJsonRingOrderApiIT extends ApiTestSupport {

    /** Twice the signed area of a ring of [lon, lat] positions: positive when counter-clockwise. */
    private static double signedArea(JsonNode ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.size(); i++) {
            JsonNode a = ring.get(i);
            JsonNode b = ring.get(i + 1);
            sum += a.get(0).asDouble() * b.get(1).asDouble() - b.get(0).asDouble() * a.get(1).asDouble();
        }
        return sum;
    }

    /** Asserts the right-hand rule on a (Multi)Polygon geometry; returns how many holes it checked. */
    private static int assertRightHandRule(JsonNode geometry) {
        JsonNode polygons = geometry.get("type").asString().equals("Polygon")
                ? JSON.createArrayNode().add(geometry.get("coordinates")) : geometry.get("coordinates");
        int holes = 0;
        for (JsonNode polygon : polygons) {
            assertThat(signedArea(polygon.get(0))).as("exterior ring counter-clockwise").isPositive();
            for (int i = 1; i < polygon.size(); i++) {
                assertThat(signedArea(polygon.get(i))).as("hole clockwise").isNegative();
                holes++;
            }
        }
        return holes;
    }

    @Test
    void aParcelWithAHoleHasItsExteriorCounterClockwiseAndItsHoleClockwiseWhereverItIsRead() {
        long id = parcelId("99701", 9006);

        assertThat(assertRightHandRule(get("/api/v1/parcels/" + id).json().get("geometry"))).isEqualTo(1);
        assertThat(assertRightHandRule(get("/api/v1/parcels?commune=00070&sheet=1&number=9006&surveyUnit=99701").json()
                .get("features").get(0).get("geometry"))).isEqualTo(1);
        assertThat(assertRightHandRule(get("/api/v1/parcels/" + id + "/history").json().get("features").get(0).get("geometry"))).isEqualTo(1);
    }

    @Test
    void everyPartOfAMultipolygonIsCounterClockwise() {
        JsonNode geometry = get("/api/v1/parcels/" + parcelId("99701", 9007)).json().get("geometry");

        assertThat(geometry.get("coordinates")).hasSize(2);
        assertRightHandRule(geometry);
    }

    @Test
    void everyParcelOfAListingPageAndEveryCommuneBoundaryFollowTheRule() {
        for (JsonNode f : get("/api/v1/parcels?commune=00070&limit=1000").json().get("features")) {
            assertRightHandRule(f.get("geometry"));
        }
        for (JsonNode f : get("/api/v1/admin-units?level=commune&parent=01&boundary=true").json().get("features")) {
            if (!f.get("geometry").isNull()) {
                assertRightHandRule(f.get("geometry"));
            }
        }
        assertRightHandRule(get("/api/v1/admin-units/00070?boundary=true").json().get("geometry"));
    }
}
