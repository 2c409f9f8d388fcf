package vn.landinfo.mapserver.features.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.CRS84;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.EPSG4326;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.VN2000_HANOI;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.parse;

import org.junit.jupiter.api.Test;

import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.SpatialOp;

/** cql2-text, conformance class Basic Spatial Functions of OGC 21-065 (decision 0184). */
class Cql2TextBasicSpatialTest {

    @Test
    void pointAndBboxInCrs84() {
        assertThat(parse("S_INTERSECTS(geometry, POINT(105.85 21.03))")).isEqualTo(
                new Filter.Spatial(SpatialOp.INTERSECTS, "geometry", new GeometryLiteral("POINT(105.85 21.03)", CRS84, false)));
        assertThat(parse("s_intersects(geometry, bbox(105.8, 21.0, 105.9, 21.1))")).isEqualTo(
                new Filter.Spatial(SpatialOp.INTERSECTS, "geometry",
                        new GeometryLiteral("POLYGON((105.8 21,105.9 21,105.9 21.1,105.8 21.1,105.8 21))", CRS84, false)));
    }

    @Test
    void aBboxWithHeightsKeepsItsFootprint() {
        assertThat(parse("S_INTERSECTS(geometry, BBOX(105.8, 21.0, -10, 105.9, 21.1, 50))")).isEqualTo(parse("S_INTERSECTS(geometry, BBOX(105.8, 21.0, 105.9, 21.1))"));
    }

    @Test
    void epsg4326AsAnHttpUriIsLatitudeFirstAndSaysSo() {
        Filter f = parse("S_INTERSECTS(geometry, POINT(21.03 105.85))", EPSG4326);
        assertThat(f).isEqualTo(new Filter.Spatial(SpatialOp.INTERSECTS, "geometry", new GeometryLiteral("POINT(21.03 105.85)", EPSG4326, true)));
    }

    @Test
    void aProjectedFilterCrsIsPassedOn() {
        Filter f = parse("S_INTERSECTS(geometry, POINT(587000 2326000))", VN2000_HANOI);
        assertThat(f).isEqualTo(new Filter.Spatial(SpatialOp.INTERSECTS, "geometry", new GeometryLiteral("POINT(587000 2326000)", VN2000_HANOI, false)));
    }
}
