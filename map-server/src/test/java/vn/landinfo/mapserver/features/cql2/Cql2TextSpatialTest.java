package vn.landinfo.mapserver.features.cql2;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.CRS84;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.cmp;
import static vn.landinfo.mapserver.features.cql2.Cql2Fixtures.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.SpatialOp;

/** cql2-text, conformance class Spatial Functions of OGC 21-065 (decision 0184). */
class Cql2TextSpatialTest {

    private Filter.Spatial spatial(SpatialOp op, String wkt) {
        return new Filter.Spatial(op, "geometry", new GeometryLiteral(wkt, CRS84, false));
    }

    @Test
    void everyFunction() {
        String line = "LINESTRING(105.8 21,105.9 21.1)";
        assertThat(parse("S_EQUALS(geometry, " + line + ")")).isEqualTo(spatial(SpatialOp.EQUALS, line));
        assertThat(parse("S_DISJOINT(geometry, " + line + ")")).isEqualTo(spatial(SpatialOp.DISJOINT, line));
        assertThat(parse("S_TOUCHES(geometry, " + line + ")")).isEqualTo(spatial(SpatialOp.TOUCHES, line));
        assertThat(parse("S_WITHIN(geometry, " + line + ")")).isEqualTo(spatial(SpatialOp.WITHIN, line));
        assertThat(parse("S_OVERLAPS(geometry, " + line + ")")).isEqualTo(spatial(SpatialOp.OVERLAPS, line));
        assertThat(parse("S_CROSSES(geometry, " + line + ")")).isEqualTo(spatial(SpatialOp.CROSSES, line));
        assertThat(parse("S_CONTAINS(geometry, " + line + ")")).isEqualTo(spatial(SpatialOp.CONTAINS, line));
        assertThat(parse("S_INTERSECTS(geometry, " + line + ")")).isEqualTo(spatial(SpatialOp.INTERSECTS, line));
    }

    @Test
    void theGeometryFirstSwapsWithinAndContainsOnly() {
        String p = "POINT(1 2)";
        assertThat(parse("S_WITHIN(" + p + ", geometry)")).isEqualTo(spatial(SpatialOp.CONTAINS, p));
        assertThat(parse("S_CONTAINS(" + p + ", geometry)")).isEqualTo(spatial(SpatialOp.WITHIN, p));
        assertThat(parse("S_TOUCHES(" + p + ", geometry)")).isEqualTo(spatial(SpatialOp.TOUCHES, p));
    }

    @Test
    void everyWktTypeIsWrittenCanonically() {
        assertThat(parse("S_WITHIN(geometry, POLYGON((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2 3, 3 3, 2 2)))"))
                .isEqualTo(spatial(SpatialOp.WITHIN, "POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,2 3,3 3,2 2))"));
        assertThat(parse("S_INTERSECTS(geometry, MULTIPOINT((1 2), (3 4)))")).isEqualTo(spatial(SpatialOp.INTERSECTS, "MULTIPOINT((1 2),(3 4))"));
        assertThat(parse("S_INTERSECTS(geometry, MULTIPOINT(1 2, 3 4))")).isEqualTo(spatial(SpatialOp.INTERSECTS, "MULTIPOINT((1 2),(3 4))"));
        assertThat(parse("S_INTERSECTS(geometry, MULTILINESTRING((0 0, 1 1), (2 2, 3 3)))"))
                .isEqualTo(spatial(SpatialOp.INTERSECTS, "MULTILINESTRING((0 0,1 1),(2 2,3 3))"));
        assertThat(parse("S_INTERSECTS(geometry, MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5))))"))
                .isEqualTo(spatial(SpatialOp.INTERSECTS, "MULTIPOLYGON(((0 0,1 0,1 1,0 0)),((5 5,6 5,6 6,5 5)))"));
        assertThat(parse("S_INTERSECTS(geometry, GEOMETRYCOLLECTION(POINT(1 2), LINESTRING(0 0, 1 1)))"))
                .isEqualTo(spatial(SpatialOp.INTERSECTS, "GEOMETRYCOLLECTION(POINT(1 2),LINESTRING(0 0,1 1))"));
    }

    @Test
    void zCoordinatesAreReadAndDropped() {
        assertThat(parse("S_INTERSECTS(geometry, POINT Z(105.85 21.03 12.5))")).isEqualTo(spatial(SpatialOp.INTERSECTS, "POINT(105.85 21.03)"));
        assertThat(parse("S_INTERSECTS(geometry, LINESTRING(0 0 1, 1 1 2))")).isEqualTo(spatial(SpatialOp.INTERSECTS, "LINESTRING(0 0,1 1)"));
    }

    @Test
    void spatialPredicatesCombineWithOthers() {
        assertThat(parse("land_use = 'ODT' AND NOT S_DISJOINT(geometry, BBOX(0, 0, 1, 1))")).isEqualTo(new Filter.And(List.of(
                cmp(ComparisonOp.EQUAL, "land_use", "ODT"),
                new Filter.Not(spatial(SpatialOp.DISJOINT, "POLYGON((0 0,1 0,1 1,0 1,0 0))")))));
    }
}
