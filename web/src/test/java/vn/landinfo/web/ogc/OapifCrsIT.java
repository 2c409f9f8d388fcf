package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * OGC API – Features Part 2, Coordinate Reference Systems by Reference (OGC 18-058, Annex A): one test per
 * abstract test, named after it, plus the refusals of an unknown crs / bbox-crs. The same parcel asked for in
 * every CRS lands where PostGIS puts it.
 */
class OapifCrsIT extends FeaturesTestSupport {

    private static final String HOAN_KIEM = "00070";

    private List<String> crsList(JsonNode collection) {
        List<String> l = new ArrayList<>();
        collection.get("crs").forEach(n -> l.add(n.asString()));
        return l;
    }

    /** /conf/crs/crs-uri: every crs and storageCrs value is an OGC http URI of a CRS. */
    @Test
    void ats_crs_crs_uri() {
        JsonNode all = ok("/collections", "application/json");
        List<JsonNode> collections = new ArrayList<>();
        all.get("collections").forEach(collections::add);
        collections.add(ok("/collections/parcels", "application/json"));
        for (JsonNode c : collections) {
            List<String> uris = crsList(c);
            uris.add(c.get("storageCrs").asString());
            for (String u : uris) {
                URI uri = URI.create(u);
                assertThat(uri.getScheme()).isEqualTo("http");
                assertThat(u).matches("http://www\\.opengis\\.net/def/crs/(EPSG/0/[0-9]+|OGC/1\\.3/CRS84)");
            }
        }
    }

    /** /conf/crs/default-crs: CRS84 is in every spatial collection's list; VN-2000 TM-3 zones are too. */
    @Test
    void ats_crs_default_crs() {
        for (JsonNode c : ok("/collections", "application/json").get("collections")) {
            assertThat(crsList(c)).contains(CRS84, EPSG + "4326", EPSG + "3857", EPSG + "5897", EPSG + "9205", EPSG + "9218");
        }
    }

    /** /conf/crs/storageCrs: the storage CRS is one of the collection's CRSs. */
    @Test
    void ats_crs_storageCrs() {
        for (JsonNode c : ok("/collections", "application/json").get("collections")) {
            assertThat(crsList(c)).contains(c.get("storageCrs").asString());
        }
    }

    /** /conf/crs/crs-parameter: every listed CRS answers items and a feature with Content-Crs naming it. */
    @Test
    void ats_crs_crs_parameter() {
        long parcel = aParcel(HOAN_KIEM);
        for (String crs : crsList(ok("/collections/parcels", "application/json"))) {
            for (String path : List.of("/collections/parcels/items?limit=2&crs=" + enc(crs), "/collections/parcels/items/" + parcel + "?crs=" + enc(crs))) {
                Response r = get(path);
                assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
                assertThat(r.header("Content-Crs")).as(path).isEqualTo("<" + crs + ">");
            }
        }
        assertThat(get("/collections/parcels/items?limit=1").header("Content-Crs")).as("the default").isEqualTo("<" + CRS84 + ">");
    }

    /**
     * /conf/crs/crs-transform: the coordinates in each CRS are PostGIS's transformation of the CRS84 ones, in the
     * CRS's axis order (EPSG:4326 and 4756 latitude first; the TM-3 zones easting first).
     */
    @Test
    void ats_crs_crs_transform() {
        long parcel = aParcel(HOAN_KIEM);
        JsonNode base = firstPosition(ok("/collections/parcels/items/" + parcel, "application/geo+json"));
        double lon = base.get(0).asDouble();
        double lat = base.get(1).asDouble();
        for (int srid : new int[] {4326, 4756, 3857, 5897, 9210, 3405}) {
            JsonNode p = firstPosition(ok("/collections/parcels/items/" + parcel + "?crs=" + enc(EPSG + srid), "application/geo+json"));
            double[] expected = jdbc.sql("SELECT ST_X(t), ST_Y(t) FROM (SELECT ST_Transform(ST_SetSRID(ST_MakePoint(:x, :y), 4326), :s) t) q")
                    .param("x", lon).param("y", lat).param("s", srid).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
            boolean latFirst = srid == 4326 || srid == 4756;
            double tolerance = srid == 4326 || srid == 4756 ? 1e-6 : 0.01;
            assertThat(p.get(0).asDouble()).as("EPSG:%d first axis", srid).isCloseTo(latFirst ? expected[1] : expected[0], org.assertj.core.api.Assertions.within(tolerance));
            assertThat(p.get(1).asDouble()).as("EPSG:%d second axis", srid).isCloseTo(latFirst ? expected[0] : expected[1], org.assertj.core.api.Assertions.within(tolerance));
        }
    }

    /** /conf/crs/bbox-crs-parameter: the same box in another CRS (and axis order) selects the same features. */
    @Test
    void ats_crs_bbox_crs_parameter() {
        long parcel = aParcel(HOAN_KIEM);
        double[] b = boxOf(parcel);
        double cx = (b[0] + b[2]) / 2, cy = (b[1] + b[3]) / 2;
        // A small box around the parcel's centre, given in CRS84 and in EPSG:4326 (lat, lon) by URI.
        String crs84 = String.format(Locale.ROOT, "%.9f,%.9f,%.9f,%.9f", cx - 0.0002, cy - 0.0002, cx + 0.0002, cy + 0.0002);
        String latLon = String.format(Locale.ROOT, "%.9f,%.9f,%.9f,%.9f", cy - 0.0002, cx - 0.0002, cy + 0.0002, cx + 0.0002);
        List<String> expected = OapifCoreFeaturesIT.ids(ok("/collections/parcels/items?limit=1000&bbox=" + crs84, "application/geo+json"));
        assertThat(expected).contains(String.valueOf(parcel));
        assertThat(OapifCoreFeaturesIT.ids(ok("/collections/parcels/items?limit=1000&bbox=" + latLon + "&bbox-crs=" + enc(EPSG + "4326"),
                "application/geo+json"))).containsExactlyInAnyOrderElementsOf(expected);
        // The same box in VN-2000 TM-3 105° (EPSG:5897), metres, easting first: it holds the CRS84 box.
        double[] tm = jdbc.sql("SELECT ST_XMin(b), ST_YMin(b), ST_XMax(b), ST_YMax(b) FROM (SELECT ST_Transform(ST_MakeEnvelope(:a, :b, :c, :d, 4326), 5897)::box2d b) s")
                .param("a", cx - 0.0002).param("b", cy - 0.0002).param("c", cx + 0.0002).param("d", cy + 0.0002)
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)}).single();
        List<String> inTm3 = OapifCoreFeaturesIT.ids(ok(String.format(Locale.ROOT, "/collections/parcels/items?limit=1000&bbox=%.3f,%.3f,%.3f,%.3f&bbox-crs=%s",
                tm[0], tm[1], tm[2], tm[3], enc(EPSG + "5897")), "application/geo+json"));
        assertThat(inTm3).containsAll(expected);
    }

    /** An unknown CRS, a short EPSG code without its URI, or bbox-crs without bbox: 400 naming the parameter. */
    @Test
    void ats_crs_crs_parameter_invalid_and_bbox_crs_parameter_invalid() {
        problem("/collections/parcels/items?crs=" + enc(EPSG + "2154"), 400, "2154");
        problem("/collections/parcels/items?crs=EPSG:4326", 400, "EPSG:4326");
        problem("/collections/parcels/items?bbox=1,2,3,4&bbox-crs=" + enc(EPSG + "99999"), 400, "99999");
        problem("/collections/parcels/items?bbox-crs=" + enc(CRS84), 400, "bbox-crs");
        problem("/collections/parcels/items/1?crs=foo", 400, "foo");
    }

    static JsonNode firstPosition(JsonNode feature) {
        return OapifCoreFeaturesIT.firstPosition(feature.get("geometry"));
    }
}
