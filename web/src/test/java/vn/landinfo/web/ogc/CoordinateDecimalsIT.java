package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The design's tolerance, writer by writer (decision 0206): a desktop client writes back every vertex as it read it,
 * so coordinates in degrees are printed with 9 decimals (0.1 mm) and in metres with 3 (1 mm) — by the WFS's GML 3.2,
 * GML 3.1.1, GML 2 and GeoJSON and by the OGC API's GeoJSON — and each printed vertex is PostGIS's within half of its
 * last digit.
 */
class CoordinateDecimalsIT extends FeaturesTestSupport {

    private static final String HOAN_KIEM = "00070";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.(\\d+))?");

    private record Answer(String what, String body, boolean gml) {
    }

    private String wfs(String version, long parcel, String srsName, String outputFormat) {
        boolean v2 = version.equals("2.0.0");
        Response r = get("http://localhost:" + port + "/ogc/wfs?SERVICE=WFS&VERSION=" + version + "&REQUEST=GetFeature&"
                + (v2 ? "TYPENAMES" : "TYPENAME") + "=landinfo:parcels&" + (v2 ? "RESOURCEID" : "FEATUREID") + "=parcels." + parcel
                + "&SRSNAME=" + enc(srsName) + (outputFormat == null ? "" : "&OUTPUTFORMAT=" + enc(outputFormat)), null);
        assertThat(r.status()).as("WFS %s %s → %s", version, outputFormat, r.body()).isEqualTo(200);
        return r.body();
    }

    /** The numbers of the first ring as printed: a GML posList / coordinates, or a GeoJSON geometry's coordinates. */
    private static List<String> printed(Answer a) {
        String text;
        if (a.gml()) {
            Matcher m = Pattern.compile("<gml:(?:posList|coordinates)[^>]*>([^<]+)</gml:").matcher(a.body());
            assertThat(m.find()).as("%s has a ring: %s", a.what(), a.body()).isTrue();
            text = m.group(1);
        } else {
            int start = a.body().indexOf("\"coordinates\":");
            assertThat(start).as("%s has coordinates: %s", a.what(), a.body()).isNotNegative();
            text = a.body().substring(start, a.body().indexOf('}', start));
        }
        List<String> numbers = new ArrayList<>();
        Matcher n = NUMBER.matcher(text);
        while (n.find()) {
            numbers.add(n.group());
        }
        return numbers;
    }

    private static int decimals(String number) {
        int dot = number.indexOf('.');
        return dot < 0 ? 0 : number.length() - dot - 1;
    }

    @Test
    void everyWriterPrintsNineDecimalsOfADegree() {
        long parcel = aParcel(HOAN_KIEM);
        String crs84 = "urn:ogc:def:crs:OGC:1.3:CRS84";
        String nationalId = jdbc.sql("SELECT national_id FROM publish.parcels WHERE id = :id").param("id", parcel).query(String.class).single().trim();
        List<Answer> answers = List.of(
                new Answer("WFS 2.0.0 GML 3.2", wfs("2.0.0", parcel, crs84, null), true),
                new Answer("WFS 1.1.0 GML 3.1.1", wfs("1.1.0", parcel, crs84, null), true),
                new Answer("WFS 1.0.0 GML 2", wfs("1.0.0", parcel, "EPSG:4326", null), true),
                new Answer("WFS 2.0.0 GeoJSON", wfs("2.0.0", parcel, crs84, "application/json"), false),
                new Answer("WFS 1.1.0 GeoJSON", wfs("1.1.0", parcel, crs84, "application/json"), false),
                new Answer("OGC API item", get("/collections/parcels/items/" + parcel + "?f=json").body(), false),
                new Answer("OGC API items", get("/collections/parcels/items?f=json&limit=1&filter=" + enc("national_id = '" + nationalId + "'")).body(), false));
        for (Answer a : answers) {
            List<String> numbers = printed(a);
            assertThat(numbers).as(a.what()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(numbers.stream().mapToInt(CoordinateDecimalsIT::decimals).max().orElseThrow())
                    .as("%s prints at most 9 decimals, and 9 where the value needs them: %s", a.what(), numbers).isEqualTo(9);
            List<double[]> ring = new ArrayList<>();
            for (int i = 0; i + 1 < numbers.size(); i += 2) {
                ring.add(new double[] {Double.parseDouble(numbers.get(i)), Double.parseDouble(numbers.get(i + 1))});
            }
            // The first ring only: GeoJSON's text runs on into the next rings, which ParcelRing does not compare.
            int size = ParcelRing.expected(jdbc, parcel, 4326).size();
            ParcelRing.assertRing(jdbc, parcel, 4326, false, ring.subList(0, size), a.what());
        }
    }

    @Test
    void metresArePrintedToTheMillimetre() {
        long parcel = aParcel(HOAN_KIEM);
        List<Answer> answers = List.of(
                new Answer("WFS 2.0.0 GML 3.2 in EPSG:5897", wfs("2.0.0", parcel, "urn:ogc:def:crs:EPSG::5897", null), true),
                new Answer("WFS 1.0.0 GML 2 in EPSG:5897", wfs("1.0.0", parcel, "EPSG:5897", null), true),
                new Answer("OGC API item in EPSG:5897", get("/collections/parcels/items/" + parcel + "?f=json&crs=" + enc(EPSG + "5897")).body(), false));
        for (Answer a : answers) {
            List<String> numbers = printed(a);
            assertThat(numbers.stream().mapToInt(CoordinateDecimalsIT::decimals).max().orElseThrow()).as("%s: %s", a.what(), numbers)
                    .isLessThanOrEqualTo(3);
            List<double[]> ring = new ArrayList<>();
            for (int i = 0; i + 1 < numbers.size(); i += 2) {
                ring.add(new double[] {Double.parseDouble(numbers.get(i)), Double.parseDouble(numbers.get(i + 1))});
            }
            int size = ParcelRing.expected(jdbc, parcel, 5897).size();
            ParcelRing.assertRing(jdbc, parcel, 5897, false, ring.subList(0, size), a.what());
        }
    }
}
