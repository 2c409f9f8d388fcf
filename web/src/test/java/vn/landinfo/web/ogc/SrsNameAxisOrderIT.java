package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The same parcel asked for in every srsName form of every WFS version, and in every crs= of OGC API – Features,
 * lands where PostGIS puts it: each vertex of its first ring equals ST_Transform of publish.parcels.geom within
 * 1e-9 degree or 1 mm, in the axis order the form implies (decisions 0174, 0209: URN and http URI follow EPSG, so
 * latitude first for EPSG:4326 and 4756; {@code EPSG:n} does too in 2.0 but not in 1.1 and 1.0; CRS:84 and the GML 2
 * form are longitude first; projected CRSs, EPSG:3857 and the VN-2000 TM-3 zones, are easting first; GeoJSON is
 * always x first).
 */
class SrsNameAxisOrderIT extends FeaturesTestSupport {

    private static final String HOAN_KIEM = "00070";

    private record Form(String version, String srsName, int srid, boolean latFirst) {
    }

    private static final List<Form> FORMS = List.of(
            new Form("2.0.0", "EPSG:4326", 4326, true), new Form("2.0.0", "urn:ogc:def:crs:EPSG::4326", 4326, true),
            new Form("2.0.0", "http://www.opengis.net/def/crs/EPSG/0/4326", 4326, true), new Form("2.0.0", "CRS:84", 4326, false),
            new Form("2.0.0", "urn:ogc:def:crs:EPSG::4756", 4756, true),
            new Form("2.0.0", "EPSG:3857", 3857, false), new Form("2.0.0", "urn:ogc:def:crs:EPSG::3857", 3857, false),
            new Form("2.0.0", "EPSG:5897", 5897, false), new Form("2.0.0", "http://www.opengis.net/def/crs/EPSG/0/5897", 5897, false),
            new Form("2.0.0", "urn:ogc:def:crs:EPSG::9210", 9210, false),
            new Form("1.1.0", "EPSG:4326", 4326, false), new Form("1.1.0", "urn:ogc:def:crs:EPSG::4326", 4326, true),
            new Form("1.1.0", "http://www.opengis.net/def/crs/EPSG/0/4326", 4326, true), new Form("1.1.0", "CRS:84", 4326, false),
            new Form("1.1.0", "EPSG:3857", 3857, false), new Form("1.1.0", "urn:ogc:def:crs:EPSG::5897", 5897, false),
            new Form("1.0.0", "EPSG:4326", 4326, false), new Form("1.0.0", "http://www.opengis.net/gml/srs/epsg.xml#4326", 4326, false),
            new Form("1.0.0", "urn:ogc:def:crs:EPSG::4326", 4326, true), new Form("1.0.0", "CRS:84", 4326, false),
            new Form("1.0.0", "EPSG:3857", 3857, false), new Form("1.0.0", "EPSG:5897", 5897, false));

    private String getFeature(Form f, long parcel, String outputFormat) {
        boolean v2 = f.version().equals("2.0.0");
        String url = "http://localhost:" + port + "/ogc/wfs?SERVICE=WFS&VERSION=" + f.version() + "&REQUEST=GetFeature&"
                + (v2 ? "TYPENAMES" : "TYPENAME") + "=landinfo:parcels&" + (v2 ? "RESOURCEID" : "FEATUREID") + "=parcels." + parcel
                + "&SRSNAME=" + enc(f.srsName()) + (outputFormat == null ? "" : "&OUTPUTFORMAT=" + enc(outputFormat));
        Response r = get(url, null);
        assertThat(r.status()).as("%s → %s", f, r.body()).isEqualTo(200);
        return r.body();
    }

    @Test
    void everyWfsSrsNameFormPutsTheParcelWherePostgisDoesInTheFormsAxisOrder() {
        long parcel = aParcel(HOAN_KIEM);
        for (Form f : FORMS) {
            String gml = getFeature(f, parcel, null);
            ParcelRing.assertRing(jdbc, parcel, f.srid(), f.latFirst(), ParcelRing.firstGmlRing(gml), "GML of " + f);
        }
    }

    @Test
    void wfsGeoJsonIsXFirstInEverySrsNameForm() {
        long parcel = aParcel(HOAN_KIEM);
        for (Form f : FORMS) {
            JsonNode fc = JSON.readTree(getFeature(f, parcel, "application/json"));
            JsonNode ring = fc.get("features").get(0).get("geometry").get("coordinates").get(0).get(0);
            ParcelRing.assertRing(jdbc, parcel, f.srid(), false, ring, "GeoJSON of " + f);
        }
    }

    @Test
    void everyOgcApiCrsPutsTheParcelWherePostgisDoesInTheCrsAxisOrder() {
        long parcel = aParcel(HOAN_KIEM);
        record Crs(String uri, int srid, boolean latFirst) {
        }
        for (Crs c : List.of(new Crs(CRS84, 4326, false), new Crs(EPSG + "4326", 4326, true), new Crs(EPSG + "4756", 4756, true),
                new Crs(EPSG + "3857", 3857, false), new Crs(EPSG + "5897", 5897, false), new Crs(EPSG + "9205", 9205, false))) {
            JsonNode item = ok("/collections/parcels/items/" + parcel + "?crs=" + enc(c.uri()), "application/geo+json");
            JsonNode ring = item.get("geometry").get("coordinates").get(0).get(0);
            ParcelRing.assertRing(jdbc, parcel, c.srid(), c.latFirst(), ring, "items/" + parcel + "?crs=" + c.uri());
            JsonNode page = ok("/collections/parcels/items?limit=1&filter=" + enc("national_id = '" + item.get("properties").get("national_id").asString() + "'")
                    + "&crs=" + enc(c.uri()), "application/geo+json");
            ParcelRing.assertRing(jdbc, parcel, c.srid(), c.latFirst(), page.get("features").get(0).get("geometry").get("coordinates").get(0).get(0),
                    "items?crs=" + c.uri());
        }
    }
}
