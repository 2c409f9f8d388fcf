package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * OGC API – Features Part 1, requirements class Core, the features and the feature (OGC 17-069r4, Annex A.2.7 and
 * A.2.8, plus /ats/core/crs84): one test per abstract test, named after it. Counts and values are compared with
 * the published views.
 */
class OapifCoreFeaturesIT extends FeaturesTestSupport {

    private static final String HOAN_KIEM = "00070";

    /** /ats/core/crs84: without crs, coordinates are longitude, latitude in WGS 84 (Vietnam: lon 102–110, lat 8–24). */
    @Test
    void ats_core_crs84() {
        JsonNode fc = ok("/collections/parcels/items?limit=5", "application/geo+json");
        for (JsonNode f : fc.get("features")) {
            JsonNode first = firstPosition(f.get("geometry"));
            assertThat(first.get(0).asDouble()).as("longitude first").isBetween(102.0, 110.0);
            assertThat(first.get(1).asDouble()).as("latitude second").isBetween(8.0, 24.0);
        }
    }

    /** /ats/core/fc-op: every collection's items answer 200 GeoJSON. */
    @Test
    void ats_core_fc_op() {
        for (JsonNode col : ok("/collections", "application/json").get("collections")) {
            Response r = get("/collections/" + col.get("id").asString() + "/items?limit=2");
            assertThat(r.status()).as(col.get("id").asString() + ": " + r.body()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/geo+json");
        }
    }

    /** /ats/core/fc-limit-definition: limit is an integer from 1 to 10,000, default 100, in the API definition. */
    @Test
    void ats_core_fc_limit_definition() {
        JsonNode limit = ok("/api", "application/vnd.oai.openapi+json").get("components").get("parameters").get("limit");
        assertThat(limit.get("in").asString()).isEqualTo("query");
        assertThat(limit.get("required").asBoolean()).isFalse();
        assertThat(limit.get("schema").get("type").asString()).isEqualTo("integer");
        assertThat(limit.get("schema").get("minimum").asInt()).isEqualTo(1);
        assertThat(limit.get("schema").get("maximum").asInt()).isEqualTo(10_000);
        assertThat(limit.get("schema").get("default").asInt()).isEqualTo(100);
    }

    /** /ats/core/fc-limit-response: never more than limit; the default is 100; above the maximum is clamped, not refused. */
    @Test
    void ats_core_fc_limit_response() {
        assertThat(ok("/collections/parcels/items?limit=7", "application/geo+json").get("features").size()).isEqualTo(7);
        assertThat(ok("/collections/parcels/items", "application/geo+json").get("features").size()).isEqualTo(100);
        JsonNode over = ok("/collections/parcels/items?limit=20000&properties=parcel_number", "application/geo+json");
        long parcels = jdbc.sql("SELECT count(*) FROM publish.parcels").query(Long.class).single();
        assertThat(over.get("features").size()).isEqualTo((int) Math.min(parcels, 10_000));
    }

    /** /ats/core/fc-bbox-definition: bbox is 4 or 6 numbers, comma-separated (form, not exploded). */
    @Test
    void ats_core_fc_bbox_definition() {
        JsonNode bbox = ok("/api", "application/vnd.oai.openapi+json").get("components").get("parameters").get("bbox");
        assertThat(bbox.get("style").asString()).isEqualTo("form");
        assertThat(bbox.get("explode").asBoolean()).isFalse();
        assertThat(bbox.get("schema").get("minItems").asInt()).isEqualTo(4);
        assertThat(bbox.get("schema").get("maxItems").asInt()).isEqualTo(6);
        assertThat(bbox.get("schema").get("items").get("type").asString()).isEqualTo("number");
    }

    /** /ats/core/fc-bbox-response: exactly the features whose geometry meets the box, with 4 or 6 numbers. */
    @Test
    void ats_core_fc_bbox_response() {
        long parcel = aParcel(HOAN_KIEM);
        double[] b = boxOf(parcel);
        String box = String.format(Locale.ROOT, "%.9f,%.9f,%.9f,%.9f", b[0], b[1], b[2], b[3]);
        long expected = jdbc.sql("SELECT count(*) FROM publish.parcels WHERE ST_Intersects(geom, ST_MakeEnvelope(:a, :b, :c, :d, 4326))")
                .param("a", b[0]).param("b", b[1]).param("c", b[2]).param("d", b[3]).query(Long.class).single();
        JsonNode fc = ok("/collections/parcels/items?limit=1000&bbox=" + box, "application/geo+json");
        assertThat(fc.get("numberMatched").asLong()).isEqualTo(expected);
        assertThat(ids(fc)).contains(String.valueOf(parcel));
        String box6 = String.format(Locale.ROOT, "%.9f,%.9f,0,%.9f,%.9f,100", b[0], b[1], b[2], b[3]);
        assertThat(ids(ok("/collections/parcels/items?limit=1000&bbox=" + box6, "application/geo+json"))).isEqualTo(ids(fc));
    }

    /** /ats/core/fc-time-definition: datetime is a string query parameter in the API definition. */
    @Test
    void ats_core_fc_time_definition() {
        JsonNode dt = ok("/api", "application/vnd.oai.openapi+json").get("components").get("parameters").get("datetime");
        assertThat(dt.get("in").asString()).isEqualTo("query");
        assertThat(dt.get("schema").get("type").asString()).isEqualTo("string");
    }

    /**
     * /ats/core/fc-time-response: an instant is the register as it was then, intervals (closed, open with .. or
     * empty) every version alive in them; a collection without history refuses a past time rather than answering
     * with today's features.
     */
    @Test
    void ats_core_fc_time_response() {
        long current = ok("/collections/parcels/items?limit=1&bbox=" + communeBox(), "application/geo+json").get("numberMatched").asLong();
        String now = Instant.now().plusSeconds(60).toString();
        assertThat(ok("/collections/parcels/items?limit=1&bbox=" + communeBox() + "&datetime=" + now, "application/geo+json")
                .get("numberMatched").asLong()).as("now is the current register").isEqualTo(current);
        Instant first = Instant.parse(ok("/collections/parcels", "application/json").get("extent").get("temporal").get("interval").get(0).get(0).asString());
        String before = first.minus(Duration.ofDays(1)).toString();
        assertThat(ok("/collections/parcels/items?limit=1&datetime=" + before, "application/geo+json").get("numberMatched").asLong())
                .as("before the first version there was nothing").isZero();
        long allVersions = jdbc.sql("SELECT count(*) FROM publish.parcel_history").query(Long.class).single();
        for (String open : List.of("../..", "/", "../" + now, before + "/..", before + "/")) {
            assertThat(ok("/collections/parcels/items?limit=1&datetime=" + open, "application/geo+json").get("numberMatched").asLong())
                    .as(open).isEqualTo(allVersions);
        }
        problem("/collections/communes/items?datetime=2020-01-01T00:00:00Z", 400, "communes");
        problem("/collections/communes/items?datetime=../2020-01-01", 400, "communes");
        assertThat(get("/collections/communes/items?limit=1&datetime=" + now).status()).as("now, for a collection without history").isEqualTo(200);
        problem("/collections/parcels/items?datetime=2025-01-01T00:00:00Z/2020-01-01T00:00:00Z", 400, "datetime");
    }

    /** /ats/core/fc-response: a FeatureCollection of Features, only those selected. */
    @Test
    void ats_core_fc_response() {
        JsonNode fc = ok("/collections/communes/items?limit=50", "application/geo+json");
        assertThat(fc.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features").isArray()).isTrue();
        for (JsonNode f : fc.get("features")) {
            assertThat(f.get("type").asString()).isEqualTo("Feature");
            assertThat(f.get("properties").get("code").asString()).isEqualTo(f.get("id").asString());
        }
    }

    /** /ats/core/fc-links: self, alternate, next over the stable order; walking next returns every feature once. */
    @Test
    void ats_core_fc_links() {
        long total = jdbc.sql("SELECT count(*) FROM publish.map_sheets").query(Long.class).single();
        List<String> seen = new ArrayList<>();
        String next = base() + "/collections/map_sheets/items?limit=7";
        int pages = 0;
        while (next != null && pages++ < 1000) {
            JsonNode page = ok(next, "application/geo+json");
            assertThat(links(page, "self")).hasSize(1);
            assertThat(link(page, "alternate", "text/html")).isNotNull();
            seen.addAll(ids(page));
            List<JsonNode> n = links(page, "next");
            next = n.isEmpty() ? null : n.get(0).get("href").asString();
            if (pages > 1) {
                assertThat(links(page, "prev")).hasSize(1);
            }
        }
        assertThat(seen).hasSize((int) total);
        assertThat(new HashSet<>(seen)).hasSize((int) total);
    }

    /** /ats/core/fc-timeStamp: when the answer was made. */
    @Test
    void ats_core_fc_timeStamp() {
        Instant before = Instant.now().minusSeconds(2);
        Instant stamp = Instant.parse(ok("/collections/communes/items?limit=1", "application/geo+json").get("timeStamp").asString());
        assertThat(stamp).isBetween(before, Instant.now().plusSeconds(2));
    }

    /** /ats/core/fc-numberMatched: the number of features the query selects, as the view counts them. */
    @Test
    void ats_core_fc_numberMatched() {
        assertThat(ok("/collections/map_sheets/items?limit=1", "application/geo+json").get("numberMatched").asLong())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM publish.map_sheets").query(Long.class).single());
        String box = communeBox();
        String[] b = box.split(",");
        assertThat(ok("/collections/parcels/items?limit=1&bbox=" + box, "application/geo+json").get("numberMatched").asLong())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM publish.parcels WHERE ST_Intersects(geom, ST_MakeEnvelope(:a, :b, :c, :d, 4326))")
                        .param("a", Double.parseDouble(b[0])).param("b", Double.parseDouble(b[1])).param("c", Double.parseDouble(b[2]))
                        .param("d", Double.parseDouble(b[3])).query(Long.class).single());
    }

    /** /ats/core/fc-numberReturned: the number of features in the answer. */
    @Test
    void ats_core_fc_numberReturned() {
        JsonNode fc = ok("/collections/parcels/items?limit=13", "application/geo+json");
        assertThat(fc.get("numberReturned").asInt()).isEqualTo(fc.get("features").size()).isEqualTo(13);
    }

    /** /ats/core/f-op: a feature by its id answers 200; an absent one 404 problem. */
    @Test
    void ats_core_f_op() {
        long parcel = aParcel(HOAN_KIEM);
        assertThat(get("/collections/parcels/items/" + parcel).status()).isEqualTo(200);
        problem("/collections/parcels/items/999999999", 404, "999999999");
        problem("/collections/communes/items/nope", 404, "nope");
    }

    /** /ats/core/f-success: a GeoJSON Feature whose id and attributes are the register's. */
    @Test
    void ats_core_f_success() {
        long parcel = aParcel(HOAN_KIEM);
        JsonNode f = ok("/collections/parcels/items/" + parcel, "application/geo+json");
        assertThat(f.get("type").asString()).isEqualTo("Feature");
        assertThat(f.get("id").asString()).isEqualTo(String.valueOf(parcel));
        var row = jdbc.sql("SELECT parcel_number, commune_code, legal_area, main_purpose FROM publish.parcels WHERE id = :id").param("id", parcel)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4))).single();
        assertThat(f.get("properties").get("parcel_number").asInt()).isEqualTo(row.get(0));
        assertThat(f.get("properties").get("commune_code").asString()).isEqualTo(row.get(1));
        assertThat(f.get("properties").get("legal_area").decimalValue()).isEqualByComparingTo((java.math.BigDecimal) row.get(2));
        assertThat(f.get("properties").get("main_purpose").asString()).isEqualTo(row.get(3));
        assertThat(f.get("geometry").get("type").asString()).isIn("Polygon", "MultiPolygon");
    }

    /** /ats/core/f-links: self, alternate (HTML) and the collection. */
    @Test
    void ats_core_f_links() {
        long parcel = aParcel(HOAN_KIEM);
        JsonNode f = ok("/collections/parcels/items/" + parcel, "application/geo+json");
        assertThat(link(f, "self", "application/geo+json").get("href").asString()).startsWith(base() + "/collections/parcels/items/" + parcel);
        assertThat(get(link(f, "alternate", "text/html").get("href").asString(), null).contentType()).startsWith("text/html");
        assertThat(get(link(f, "collection", "application/json").get("href").asString()).status()).isEqualTo(200);
    }

    /** properties= and sortby= (Part 1 leaves them to Part 3; offered here, checked against the queryables). */
    @Test
    void propertiesSelectAndSortbyOrdersWithPlusAndMinus() {
        JsonNode fc = ok("/collections/parcels/items?limit=20&properties=parcel_number,legal_area&sortby=-legal_area,%2Bparcel_number", "application/geo+json");
        List<Double> areas = new ArrayList<>();
        for (JsonNode f : fc.get("features")) {
            Set<String> names = new HashSet<>(f.get("properties").propertyNames());
            assertThat(names).containsExactlyInAnyOrder("parcel_number", "legal_area");
            areas.add(f.get("properties").get("legal_area").asDouble());
        }
        assertThat(areas).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(areas.get(0)).isEqualTo(jdbc.sql("SELECT max(legal_area)::float8 FROM publish.parcels").query(Double.class).single());
        problem("/collections/parcels/items?properties=owner_name", 400, "owner_name");
        problem("/collections/parcels/items?sortby=geom", 400, "geom");
    }

    /** Hoàn Kiếm's map sheets' box in CRS84. */
    String communeBox() {
        double[] b = jdbc.sql("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Extent(geom) e FROM publish.map_sheets WHERE commune_code = :c) s")
                .param("c", HOAN_KIEM).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
        return String.format(Locale.ROOT, "%.9f,%.9f,%.9f,%.9f", b[0], b[1], b[2], b[3]);
    }

    static List<String> ids(JsonNode fc) {
        List<String> ids = new ArrayList<>();
        fc.get("features").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    static JsonNode firstPosition(JsonNode geometry) {
        JsonNode c = geometry.get("coordinates");
        while (c.get(0).isArray()) {
            c = c.get(0);
        }
        return c;
    }
}
