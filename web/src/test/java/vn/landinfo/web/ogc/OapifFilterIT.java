package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * OGC API – Features Part 3 (OGC 19-079, Annex A), conformance classes Filter and Features Filter with CQL2 text
 * and JSON: one test per conformance test, named after it (/conf/filter/filter-param → ats_filter_filter_param),
 * for every public collection, the results compared with the published views. The suite's default box filter
 * is written with CQL2 1.0's BBOX (the draft suite still says ENVELOPE, which CQL2 1.0 renamed).
 */
class OapifFilterIT extends FeaturesTestSupport {

    private static final String PART3 = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/";

    private JsonNode bbox(String collection) {
        return ok("/collections/" + collection, "application/json").get("extent").get("spatial").get("bbox").get(0);
    }

    private String envelope(JsonNode b) {
        return String.format(Locale.ROOT, "S_INTERSECTS(geom,BBOX(%s,%s,%s,%s))", b.get(0).asDouble(), b.get(1).asDouble(),
                b.get(2).asDouble(), b.get(3).asDouble());
    }

    private long matched(String collection, String query) {
        return ok("/collections/" + collection + "/items?limit=1&" + query, "application/geo+json").get("numberMatched").asLong();
    }

    private long unfiltered(String collection) {
        return matched(collection, "f=json");
    }

    /** /conf/filter/get-conformance: Filter, Features Filter, Queryables and the CQL2 classes are declared. */
    @Test
    void ats_filter_get_conformance() {
        List<String> classes = new ArrayList<>();
        ok("/conformance", "application/json").get("conformsTo").forEach(n -> classes.add(n.asString()));
        assertThat(classes).contains(PART3 + "filter", PART3 + "features-filter", PART3 + "queryables",
                "http://www.opengis.net/spec/cql2/1.0/conf/cql2-text", "http://www.opengis.net/spec/cql2/1.0/conf/cql2-json",
                "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2");
    }

    /** /conf/filter/get-collections: the collections are listed. */
    @Test
    void ats_filter_get_collections() {
        assertThat(ok("/collections", "application/json").get("collections").isArray()).isTrue();
    }

    /** /conf/filter/get-queryables: every collection's queryables, a JSON Schema of an object with a spatial queryable. */
    @Test
    void ats_filter_get_queryables() {
        for (String c : collections()) {
            Response r = get("/collections/" + c + "/queryables", "application/schema+json");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.contentType()).startsWith("application/schema+json");
            JsonNode q = r.json();
            assertThat(q.get("$id").asString()).isEqualTo(base() + "/collections/" + c + "/queryables");
            assertThat(q.get("type").asString()).isEqualTo("object");
            assertThat(q.get("properties").get("geom").get("$ref").asString()).startsWith("https://geojson.org/schema/");
            assertThat(q.get("properties").size()).isGreaterThan(1);
        }
    }

    /** /conf/filter/get-collection: each collection links to its queryables. */
    @Test
    void ats_filter_get_collection() {
        for (String c : collections()) {
            JsonNode col = ok("/collections/" + c, "application/json");
            assertThat(links(col, "http://www.opengis.net/def/rel/ogc/1.0/queryables")).extracting(l -> l.get("href").asString())
                    .anyMatch(h -> h.startsWith(base() + "/collections/" + c + "/queryables"));
        }
    }

    /** /conf/filter/filter-param: a valid filter selects only matching features; an invalid one is 400. */
    @Test
    void ats_filter_filter_param() {
        for (String c : collections()) {
            assertThat(matched(c, "filter-lang=cql2-text&filter=" + enc("geom IS NULL"))).as(c)
                    .isEqualTo(jdbc.sql("SELECT count(*) FROM publish." + c + " WHERE geom IS NULL").query(Long.class).single());
            problem("/collections/" + c + "/items?filter-lang=cql2-text&filter=" + enc("THIS IS NOT A FILTER"), 400, "CQL2");
        }
        JsonNode fc = ok("/collections/parcels/items?limit=50&filter=" + enc("commune_code = '00070' AND legal_area > 200"), "application/geo+json");
        assertThat(fc.get("numberMatched").asLong()).isEqualTo(jdbc.sql(
                "SELECT count(*) FROM publish.parcels WHERE commune_code = '00070' AND legal_area > 200").query(Long.class).single());
        fc.get("features").forEach(f -> assertThat(f.get("properties").get("legal_area").asDouble()).isGreaterThan(200));
    }

    /** /conf/filter/filter-lang-default: without filter-lang the filter is cql2-text. */
    @Test
    void ats_filter_filter_lang_default() {
        assertThat(matched("communes", "filter=" + enc("province_code = '01'")))
                .isEqualTo(jdbc.sql("SELECT count(*) FROM publish.communes WHERE province_code = '01'").query(Long.class).single());
        problem("/collections/communes/items?filter=" + enc("THIS IS NOT A FILTER"), 400, "CQL2");
    }

    /** /conf/filter/expression-construction: a property that is not queryable is refused. */
    @Test
    void ats_filter_expression_construction() {
        for (String c : collections()) {
            problem("/collections/" + c + "/items?filter=" + enc("this_is_not_a_queryable IS NULL"), 400, "this_is_not_a_queryable");
        }
    }

    /** /conf/filter/filter-crs-wgs84: geometries in a filter are CRS84 by default; coordinates beyond it are refused. */
    @Test
    void ats_filter_filter_crs_wgs84() {
        for (String c : List.of("parcels", "map_sheets", "provinces")) {
            assertThat(matched(c, "filter=" + enc(envelope(bbox(c))))).as(c).isEqualTo(unfiltered(c));
            assertThat(get("/collections/" + c + "/items?filter=" + enc("S_INTERSECTS(geom,BBOX(1000000,1000000,2000000,2000000))")).status())
                    .as(c).isEqualTo(400);
        }
    }

    /** /conf/filter/filter-crs-param: the same box in another CRS (and axis order) selects the same features; an unknown CRS is 400. */
    @Test
    void ats_filter_filter_crs_param() {
        JsonNode b = bbox("map_sheets");
        String latLon = String.format(Locale.ROOT, "S_INTERSECTS(geom,BBOX(%s,%s,%s,%s))", b.get(1).asDouble(), b.get(0).asDouble(),
                b.get(3).asDouble(), b.get(2).asDouble());
        assertThat(matched("map_sheets", "filter-crs=" + enc(EPSG + "4326") + "&filter=" + enc(latLon))).isEqualTo(unfiltered("map_sheets"));
        problem("/collections/map_sheets/items?filter-crs=" + enc("http://www.opengis.net/def/crs/OGC/0/does_not_exist") + "&filter="
                + enc(envelope(b)), 400, "does_not_exist");
    }

    /** /conf/filter/mixing-expression: filter and bbox are combined with AND. */
    @Test
    void ats_filter_mixing_expression() {
        JsonNode b = bbox("map_sheets");
        assertThat(matched("map_sheets", "filter=" + enc(envelope(b)) + "&bbox=" + b.get(0).asDouble() + "," + b.get(1).asDouble() + ","
                + b.get(2).asDouble() + "," + b.get(3).asDouble())).isEqualTo(unfiltered("map_sheets"));
        assertThat(matched("map_sheets", "filter=" + enc(envelope(b)) + "&bbox=0,0,1,1")).isZero();
    }

    /** /conf/features-filter/get-conformance: Features Filter is declared. */
    @Test
    void ats_features_filter_get_conformance() {
        List<String> classes = new ArrayList<>();
        ok("/conformance", "application/json").get("conformsTo").forEach(n -> classes.add(n.asString()));
        assertThat(classes).contains(PART3 + "features-filter");
    }

    /**
     * /conf/features-filter/filter-on-items: filters on /items, in CQL2 text and CQL2 JSON alike, answer GeoJSON 200
     * with the features the database selects.
     */
    @Test
    void ats_features_filter_filter_on_items() {
        long expected = jdbc.sql("SELECT count(*) FROM publish.parcels WHERE main_purpose = 'ODT' AND commune_code = '00070'").query(Long.class).single();
        assertThat(matched("parcels", "filter=" + enc("main_purpose = 'ODT' AND commune_code = '00070'"))).isEqualTo(expected);
        String json = "{\"op\":\"and\",\"args\":[{\"op\":\"=\",\"args\":[{\"property\":\"main_purpose\"},\"ODT\"]},"
                + "{\"op\":\"=\",\"args\":[{\"property\":\"commune_code\"},\"00070\"]}]}";
        assertThat(matched("parcels", "filter-lang=cql2-json&filter=" + enc(json))).isEqualTo(expected);
        problem("/collections/parcels/items?filter-lang=cql2-xml&filter=x", 400, "cql2-xml");
        problem("/collections/parcels/items?filter-lang=cql2-text", 400, "filter");
    }
}
