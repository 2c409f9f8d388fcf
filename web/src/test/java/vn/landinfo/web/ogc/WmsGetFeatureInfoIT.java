package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** GetFeatureInfo finds the parcel under a pixel, in every version's pixel parameters and every format. */
class WmsGetFeatureInfoIT extends WmsTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private String infoQuery(String version, String crsParam, String crs, String bbox, int[] px, String format, int count) {
        String i = version.equals("1.3.0") ? "I" : "X";
        String j = version.equals("1.3.0") ? "J" : "Y";
        return "SERVICE=WMS&VERSION=" + version + "&REQUEST=GetFeatureInfo&LAYERS=parcels&QUERY_LAYERS=parcels&STYLES=&" + crsParam + "=" + crs
                + "&BBOX=" + bbox + "&WIDTH=" + SIZE + "&HEIGHT=" + SIZE + "&" + i + "=" + px[0] + "&" + j + "=" + px[1]
                + "&INFO_FORMAT=" + enc(format) + "&FEATURE_COUNT=" + count;
    }

    private static List<String> ids(JsonNode fc) {
        List<String> ids = new ArrayList<>();
        fc.get("features").forEach(f -> ids.add(f.get("id").asString()));
        return ids;
    }

    @Test
    void theParcelUnderThePixelIsFoundInWebMercatorAndInWgs84LatitudeFirst() {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false);
        Response r = wms(infoQuery("1.3.0", "CRS", "EPSG:3857", bbox(b), pixel(c, b, SIZE, SIZE), "application/json", 1));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.contentType()).startsWith("application/json");
        JsonNode fc = JSON.readTree(r.text());
        assertThat(ids(fc)).containsExactly("parcels." + p.id());
        JsonNode props = fc.get("features").get(0).get("properties");
        assertThat(props.get("parcel_number").asInt()).isEqualTo(p.number());
        assertThat(props.get("main_purpose").asString()).isEqualTo(p.purpose());
        assertThat(props.get("commune_code").asString()).isEqualTo("00070");
        assertThat(props.has("restricted")).as("no bulk list of encumbered parcels through the map").isFalse();

        double[] g = centre(p, 4326);
        double[] gb = viewAround(g, true);
        Response wgs = wms(infoQuery("1.3.0", "CRS", "EPSG:4326", bbox(gb[1], gb[0], gb[3], gb[2]), pixel(g, gb, SIZE, SIZE), "application/json", 1));
        assertThat(ids(JSON.readTree(wgs.text()))).containsExactly("parcels." + p.id());
    }

    @Test
    void wms111UsesXAndYAndTm3Works() {
        Parcel p = roomyParcel("03325");
        double[] c = centre(p, 9205);
        double[] b = viewAround(c, false);
        Response r = wms(infoQuery("1.1.1", "SRS", "EPSG:9205", bbox(b), pixel(c, b, SIZE, SIZE), "application/json", 1));
        assertThat(ids(JSON.readTree(r.text()))).containsExactly("parcels." + p.id());
    }

    @Test
    void htmlAndGmlNameTheParcelAndEmptyAnswersSaySo() {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false);
        int[] px = pixel(c, b, SIZE, SIZE);
        Response html = wms(infoQuery("1.3.0", "CRS", "EPSG:3857", bbox(b), px, "text/html", 1));
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.text()).contains("data-id=\"parcels." + p.id() + "\"").contains("<td>" + p.number() + "</td>");
        Response gml = wms(infoQuery("1.3.0", "CRS", "EPSG:3857", bbox(b), px, "application/vnd.ogc.gml", 1));
        assertThat(gml.contentType()).startsWith("application/vnd.ogc.gml");
        assertThat(gml.text()).contains("<gml:featureMember>").contains("fid=\"parcels." + p.id() + "\"")
                .contains("<landinfo:parcel_number>" + p.number() + "</landinfo:parcel_number>");
        assertThat(wms(infoQuery("1.3.0", "CRS", "EPSG:3857", bbox(b), px, "text/xml", 1)).text()).contains("fid=\"parcels." + p.id() + "\"");

        String sea = "12400000,1500000,12400500,1500500";
        JsonNode empty = JSON.readTree(wms(infoQuery("1.3.0", "CRS", "EPSG:3857", sea, new int[] {5, 5}, "application/json", 5)).text());
        assertThat(empty.get("numberReturned").asInt()).isZero();
        assertThat(empty.get("message").asString()).contains("No features");
        assertThat(wms(infoQuery("1.3.0", "CRS", "EPSG:3857", sea, new int[] {5, 5}, "text/html", 5)).text()).contains("Không có đối tượng nào");
        assertThat(wms(infoQuery("1.3.0", "CRS", "EPSG:3857", sea, new int[] {5, 5}, "application/vnd.ogc.gml", 5)).text()).contains("numberOfFeatures=\"0\"");
    }

    /**
     * A click two pixels outside a parcel, inside its neighbour, finds the neighbour first (it contains
     * the point) and, within the pixel tolerance and FEATURE_COUNT, the parcel too.
     */
    @Test
    void aClickJustOutsideAParcelStillFindsItWithinThePixelTolerance() {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false);
        double metresPerPixel = (b[2] - b[0]) / SIZE;
        double[] outside = jdbc.sql("""
                SELECT ST_X(pt), ST_Y(pt) FROM (
                  SELECT ST_PointOnSurface(ST_Difference(ST_Buffer(s.geom_3857, :far), ST_Buffer(s.geom_3857, :near))) pt
                  FROM publish.parcel_shapes s WHERE s.id = :id) x""")
                .param("far", 2.5 * metresPerPixel).param("near", 1.5 * metresPerPixel).param("id", p.id())
                .query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
        JsonNode one = JSON.readTree(wms(infoQuery("1.3.0", "CRS", "EPSG:3857", bbox(b), pixel(outside, b, SIZE, SIZE), "application/json", 1)).text());
        assertThat(one.get("numberReturned").asInt()).isEqualTo(1);
        JsonNode five = JSON.readTree(wms(infoQuery("1.3.0", "CRS", "EPSG:3857", bbox(b), pixel(outside, b, SIZE, SIZE), "application/json", 5)).text());
        assertThat(ids(five)).contains("parcels." + p.id()).hasSizeBetween(2, 5).doesNotHaveDuplicates();
        assertThat(ids(five).get(0)).isEqualTo(ids(one).get(0));
    }

    @Test
    void sheetsAndCommunesAnswerTooNamingTheSurveyUnit() {
        Parcel p = roomyParcel("00070");
        double[] c = centre(p, 3857);
        double[] b = viewAround(c, false);
        int[] px = pixel(c, b, SIZE, SIZE);
        String q = "SERVICE=WMS&VERSION=1.3.0&REQUEST=GetFeatureInfo&LAYERS=parcels,map_sheets,communes&QUERY_LAYERS=parcels,map_sheets,communes"
                + "&STYLES=&CRS=EPSG:3857&BBOX=" + bbox(b) + "&WIDTH=256&HEIGHT=256&I=" + px[0] + "&J=" + px[1] + "&INFO_FORMAT=application/json";
        JsonNode fc = JSON.readTree(wms(q).text());
        List<String> layers = new ArrayList<>();
        fc.get("features").forEach(f -> layers.add(f.get("layer").asString()));
        assertThat(layers).containsExactly("parcels", "map_sheets", "communes");
        assertThat(fc.get("features").get(1).get("properties").get("survey_unit_name").asString()).isNotBlank();
        assertThat(fc.get("features").get(2).get("id").asString()).isEqualTo("communes.00070");
    }
}
