package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * OWSLib (Debian's python3-owslib) beyond what WfsClientsIT reads: its OGC API – Features client (conformance,
 * collections, queryables, items with limit, bbox, a CQL2 filter and property parameters, one item) and its WFS 1.1.0 GetFeature with a
 * bbox and an srsName. Every id, count and coordinate is compared with SQL on publish.parcels.
 */
class OwslibClientsIT extends FeaturesTestSupport {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String HOAN_KIEM = "00070";

    @TempDir
    Path dir;

    private List<String> parcelIds(String condition, Map<String, ?> params) {
        var q = jdbc.sql("SELECT id::text FROM publish.parcels WHERE " + condition + " ORDER BY id::text");
        for (var e : params.entrySet()) {
            q = q.param(e.getKey(), e.getValue());
        }
        return q.query(String.class).list();
    }

    private static List<String> strings(JsonNode array) {
        List<String> l = new ArrayList<>();
        array.forEach(n -> l.add(n.asString()));
        return l;
    }

    @Test
    void owslibReadsTheOgcApiCollectionsQueryablesAndItemsAsTheRegisterHoldsThem() throws Exception {
        long parcel = aParcel(HOAN_KIEM);
        double[] b = boxOf(parcel);
        double cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
        double[] box = {cx - 0.0005, cy - 0.0005, cx + 0.0005, cy + 0.0005};
        // A purpose with a few hundred parcels in the commune: one page of items holds them all.
        String purpose = jdbc.sql("SELECT main_purpose FROM publish.parcels WHERE commune_code = :c GROUP BY main_purpose "
                + "HAVING count(*) BETWEEN 2 AND 1000 ORDER BY count(*) DESC, main_purpose LIMIT 1").param("c", HOAN_KIEM).query(String.class).single();

        JsonNode r = ExternalClients.python(dir, "/ogc/owslib_features_client.py", "python3-owslib", TIMEOUT, Map.of(),
                List.of(base(), String.format(Locale.ROOT, "%.9f,%.9f,%.9f,%.9f", box[0], box[1], box[2], box[3]), HOAN_KIEM, purpose,
                        Long.toString(parcel)));

        assertThat(strings(r.get("conformsTo"))).contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter");
        assertThat(strings(r.get("featureCollections"))).contains("parcels", "map_sheets", "communes", "provinces").doesNotContain("restrictions");
        assertThat(r.get("collection").get("id").asString()).isEqualTo("parcels");
        assertThat(strings(r.get("collection").get("crs"))).contains(CRS84, EPSG + "5897");
        assertThat(strings(r.get("queryables"))).contains("national_id", "commune_code", "main_purpose", "legal_area", "geom");

        long total = jdbc.sql("SELECT count(*) FROM publish.parcels").query(Long.class).single();
        JsonNode page = r.get("page");
        assertThat(page.get("numberMatched").asLong()).isEqualTo(total);
        assertThat(page.get("numberReturned").asInt()).isEqualTo(5);
        assertThat(page.get("features").asInt()).isEqualTo(5);
        assertThat(strings(page.get("rels"))).contains("self", "next");

        List<String> inBox = parcelIds("ST_Intersects(geom, ST_MakeEnvelope(:a, :b, :c, :d, 4326))",
                Map.of("a", box[0], "b", box[1], "c", box[2], "d", box[3]));
        assertThat(inBox).contains(Long.toString(parcel));
        assertThat(strings(r.get("bbox").get("ids"))).as("items in the bbox").isEqualTo(inBox);
        assertThat(r.get("bbox").get("numberMatched").asLong()).isEqualTo(inBox.size());

        List<String> selected = parcelIds("commune_code = :c AND main_purpose = :p", Map.of("c", HOAN_KIEM, "p", purpose));
        assertThat(strings(r.get("filter").get("ids"))).as("items the CQL2 filter selects (%s)", r.get("filter").get("request")).isEqualTo(selected);
        assertThat(r.get("filter").get("numberMatched").asLong()).isEqualTo(selected.size());
        assertThat(strings(r.get("properties").get("ids"))).as("items the property parameters select (%s)", r.get("properties").get("request"))
                .isEqualTo(selected);
        assertThat(r.get("properties").get("numberMatched").asLong()).isEqualTo(selected.size());

        JsonNode item = r.get("item");
        assertThat(item.get("id").asString()).isEqualTo(Long.toString(parcel));
        var row = jdbc.sql("SELECT national_id, parcel_number, legal_area FROM publish.parcels WHERE id = :id").param("id", parcel)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getInt(2), rs.getDouble(3)}).single();
        assertThat(item.get("properties").get("national_id").asString()).isEqualTo(row[0]);
        assertThat(item.get("properties").get("parcel_number").asInt()).isEqualTo(row[1]);
        assertThat(item.get("properties").get("legal_area").asDouble()).isCloseTo((Double) row[2], within(1e-9));
    }

    /**
     * WFS 1.1.0 through OWSLib: a bbox given east, north with the CRS it is in (OWSLib writes a URN's box latitude
     * first, as that CRS orders it) and an srsName for the answer; the features are the ones in the box and every
     * vertex of the parcel is PostGIS's transformation, in the srsName's axis order.
     */
    @Test
    void owslibGetsWfs11FeaturesByBboxInTheSrsNameItAsksFor() throws Exception {
        long parcel = aParcel(HOAN_KIEM);
        double[] b = boxOf(parcel);
        double cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
        double[] box = {cx - 0.0003, cy - 0.0003, cx + 0.0003, cy + 0.0003};
        List<String> inBox = parcelIds("ST_Intersects(geom, ST_MakeEnvelope(:a, :b, :c, :d, 4326))",
                Map.of("a", box[0], "b", box[1], "c", box[2], "d", box[3])).stream().map(id -> "parcels." + id).toList();
        assertThat(inBox).contains("parcels." + parcel);
        record Ask(String bboxCrs, int bboxSrid, String srsName, int srid, boolean latFirst) {
        }
        // EPSG:4326 as a plain code: OWSLib writes the box east, north (it swaps only for a URN) and the server reads
        // the short code in 1.1 as x/y (decision 0209), so the box lands on the parcels and the answer is longitude first.
        for (Ask ask : List.of(new Ask("EPSG:4326", 4326, "EPSG:4326", 4326, false),
                new Ask("urn:ogc:def:crs:EPSG::4326", 4326, "urn:ogc:def:crs:EPSG::4326", 4326, true),
                new Ask("EPSG:5897", 5897, "EPSG:5897", 5897, false), new Ask("urn:ogc:def:crs:EPSG::4326", 4326, "EPSG:3857", 3857, false))) {
            double[] q = jdbc.sql("SELECT ST_XMin(e), ST_YMin(e), ST_XMax(e), ST_YMax(e) FROM (SELECT ST_Transform(ST_MakeEnvelope(:a, :b, :c, :d, 4326), :s)::box2d e) t")
                    .param("a", box[0]).param("b", box[1]).param("c", box[2]).param("d", box[3]).param("s", ask.bboxSrid())
                    .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
            JsonNode r = ExternalClients.python(dir, "/ogc/owslib_wfs11_client.py", "python3-owslib", TIMEOUT, Map.of(),
                    List.of(wfsUrl(), "landinfo:parcels", String.format(Locale.ROOT, "%.9f,%.9f,%.9f,%.9f", q[0], q[1], q[2], q[3]), ask.bboxCrs(),
                            ask.srsName()));
            assertThat(r.get("version").asString()).isEqualTo("1.1.0");
            String sent = r.get("bbox").asString();
            String[] sentBox = sent.split(",");
            boolean sentLatFirst = ask.bboxCrs().startsWith("urn:") && ask.bboxSrid() == 4326;
            assertThat(Double.parseDouble(sentBox[0])).as("%s: OWSLib sends BBOX=%s, its first number %s", ask, sent, sentLatFirst ? "a latitude" : "x")
                    .isCloseTo(sentLatFirst ? q[1] : q[0], within(1e-6));
            assertThat(sentBox[4]).as("OWSLib names the box's CRS as it was given").isEqualToIgnoringCase(ask.bboxCrs());
            List<String> got = new ArrayList<>();
            r.get("features").propertyNames().forEach(got::add);
            if (ask.bboxSrid() == 4326) {
                assertThat(got).as("%s: the features in the box (%s)", ask, r.get("bbox")).containsExactlyInAnyOrderElementsOf(inBox);
            } else {
                // The same box drawn in TM-3 is a little larger than the degree box: it holds at least those parcels.
                assertThat(got).as("%s: the features in the box (%s)", ask, r.get("bbox")).containsAll(inBox);
            }
            ParcelRing.assertRing(jdbc, parcel, ask.srid(), ask.latFirst(), r.get("features").get("parcels." + parcel).get("ring"), ask.toString());
        }
    }

    private String wfsUrl() {
        return "http://localhost:" + port + "/ogc/wfs";
    }
}
