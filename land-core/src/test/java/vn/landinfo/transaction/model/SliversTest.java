package vn.landinfo.transaction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class SliversTest {

    @Test
    void specks_and_hairline_holes_go_real_holes_and_parts_stay() {
        MultiPolygon g = Shapes.parcel("MULTIPOLYGON(((0 0, 10 0, 10 10, 0 10, 0 0), (2 2, 2.000001 2, 2 2.000001, 2 2), (5 5, 6 5, 6 6, 5 6, 5 5)),"
                + " ((20 0, 20.00001 0, 20 0.00001, 20 0)), ((30 0, 31 0, 31 1, 30 1, 30 0)))");
        MultiPolygon kept = Slivers.drop(g, 1e-4);
        assertThat(kept.getNumGeometries()).isEqualTo(2);
        assertThat(((Polygon) kept.getGeometryN(0)).getNumInteriorRing()).isEqualTo(1);
        assertThat(kept.getArea()).isCloseTo(100 - 1 + 1, offset(1e-9));
        assertThat(kept.getSRID()).isEqualTo(Shapes.SRID);
    }

    @Test
    void the_shared_boundary_is_measured_along_the_edge_a_corner_touch_shares_nothing() {
        assertThat(Slivers.sharedBoundary(Shapes.box(0, 0, 10, 10), Shapes.box(10, 2, 5, 5), 1e-3)).isCloseTo(5, offset(1e-2));
        assertThat(Slivers.sharedBoundary(Shapes.box(0, 0, 10, 10), Shapes.box(10, 10, 5, 5), 1e-3)).isLessThan(0.01);
        assertThat(Slivers.sharedBoundary(Shapes.box(0, 0, 10, 10), Shapes.box(11, 0, 5, 5), 1e-3)).isZero();
    }

    @Test
    void frontage_is_the_length_along_road_parcels() {
        // A lot with a road along its south side and another along half its east side.
        assertThat(Frontage.along(Shapes.box(0, 0, 5, 20), List.of(Shapes.box(-10, -6, 40, 6), Shapes.box(5, 0, 6, 10))))
                .isCloseTo(15, offset(0.01));
    }

    @Test
    void a_road_meeting_the_lot_only_at_a_corner_is_no_frontage() {
        assertThat(Frontage.along(Shapes.box(0, 0, 3, 30), List.of(Shapes.box(-6, -6, 6, 6)))).isZero();
        assertThat(Frontage.along(Shapes.box(0, 0, 3, 30), List.of(Shapes.box(-6, -6, 6, 6), Shapes.box(0, -6, 3, 6))))
                .isCloseTo(3, offset(0.01));
    }
}
