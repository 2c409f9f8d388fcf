package vn.landinfo.mapserver.wfs.filter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;

/** The OGC axis-order rule of decision 0177, form by form and version by version. */
class AxisOrderTest {

    private static final CrsCatalogue CRSS = CrsCatalogue.standard();

    @ParameterizedTest(name = "{0} in {1}: latitude first = {2}")
    @CsvSource({
        // The authority forms follow EPSG: latitude first, in every version.
        "urn:ogc:def:crs:EPSG::4326, FES_2_0, true", "urn:ogc:def:crs:EPSG::4326, FILTER_1_1, true", "urn:ogc:def:crs:EPSG::4326, FILTER_1_0, true",
        "http://www.opengis.net/def/crs/EPSG/0/4326, FES_2_0, true", "http://www.opengis.net/def/crs/EPSG/0/4326, FILTER_1_0, true",
        "urn:x-ogc:def:crs:EPSG:4326, FILTER_1_1, true", "urn:ogc:def:crs:EPSG:6.6:4326, FILTER_1_1, true",
        // Plain EPSG:4326: by the letter in WFS 2.0, longitude first in 1.1 and 1.0 (decision 0209).
        "EPSG:4326, FES_2_0, true", "EPSG:4326, FILTER_1_1, false", "EPSG:4326, FILTER_1_0, false", "epsg:4326, FES_2_0, true",
        // The GML 2 form is longitude first.
        "http://www.opengis.net/gml/srs/epsg.xml#4326, FILTER_1_0, false", "http://www.opengis.net/gml/srs/epsg.xml#4326, FES_2_0, false",
        // CRS:84 is longitude first in every form and version.
        "CRS:84, FES_2_0, false", "urn:ogc:def:crs:OGC:1.3:CRS84, FES_2_0, false", "http://www.opengis.net/def/crs/OGC/1.3/CRS84, FILTER_1_1, false",
        // VN-2000 geographic follows the same rule as WGS 84.
        "urn:ogc:def:crs:EPSG::4756, FES_2_0, true", "EPSG:4756, FILTER_1_0, false",
        // Projected CRSs are never swapped, whatever the form.
        "urn:ogc:def:crs:EPSG::5899, FES_2_0, false", "EPSG:3405, FILTER_1_1, false", "http://www.opengis.net/def/crs/EPSG/0/9210, FES_2_0, false",
        "urn:ogc:def:crs:EPSG::3857, FILTER_1_0, false"})
    void theRule(String srsName, FilterVersion version, boolean latitudeFirst) {
        MapCrs crs = SrsNames.find(CRSS, srsName).orElseThrow();

        assertThat(AxisOrder.latitudeFirst(srsName, crs, version)).isEqualTo(latitudeFirst);
    }

    @ParameterizedTest
    @CsvSource({"urn:ogc:def:crs:EPSG::4326, 4326", "urn:x-ogc:def:crs:EPSG:4326, 4326", "http://www.opengis.net/gml/srs/epsg.xml#5899, 5899",
        "https://www.opengis.net/def/crs/EPSG/0/9205, 9205", "CRS:84, 4326", "EPSG:3857, 3857"})
    void everyFormNamesTheCatalogueCrs(String srsName, int srid) {
        assertThat(SrsNames.find(CRSS, srsName)).get().extracting(MapCrs::srid).isEqualTo(srid);
    }

    @ParameterizedTest
    @CsvSource({"EPSG:2154", "urn:ogc:def:crs:EPSG::99999999999", "EPSG:abc", "something"})
    void aCrsTheCatalogueDoesNotServeIsNotFound(String srsName) {
        assertThat(SrsNames.find(CRSS, srsName)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"FES_2_0, urn:ogc:def:crs:EPSG::4326, true", "FILTER_1_0, EPSG:4326, false", "FILTER_1_1, EPSG:4326, false", "FILTER_1_1, urn:ogc:def:crs:EPSG::4326, true"})
    void theSamePlaceInEveryFormLandsInTheSamePlace(FilterVersion version, String srsName, boolean swapped) {
        // Hoàn Kiếm Lake: 21.0288 N, 105.8525 E, written in the order the form implies.
        String corners = swapped ? "21.0288 105.8525" : "105.8525 21.0288";
        String xml = "<Filter xmlns=\"http://www.opengis.net/fes/2.0\" xmlns:gml=\"http://www.opengis.net/gml/3.2\"><Intersects>"
                + "<ValueReference>geometry</ValueReference><gml:Point srsName=\"" + srsName + "\"><gml:pos>" + corners + "</gml:pos>"
                + "</gml:Point></Intersects></Filter>";

        var g = ((vn.landinfo.mapserver.features.filter.Filter.Spatial) Filters.read(xml, version, null)).geometry();
        String[] xy = g.wkt().replaceAll("[A-Z()]", "").trim().split(" ");
        double lon = Double.parseDouble(g.axesSwapped() ? xy[1] : xy[0]);
        double lat = Double.parseDouble(g.axesSwapped() ? xy[0] : xy[1]);

        assertThat(lon).isEqualTo(105.8525);
        assertThat(lat).isEqualTo(21.0288);
    }
}
