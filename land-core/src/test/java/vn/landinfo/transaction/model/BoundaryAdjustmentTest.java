package vn.landinfo.transaction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.MultiPolygon;

/** Three lots in a row (A west, B middle, C east) with a road R along their south side. */
class BoundaryAdjustmentTest {

    private static final MultiPolygon A = Shapes.box(0, 0, 10, 20);
    private static final MultiPolygon B = Shapes.box(10, 0, 10, 20);
    private static final MultiPolygon C = Shapes.box(20, 0, 10, 20);
    private static final List<BoundaryAdjustment.Neighbour> AROUND = List.of(
            new BoundaryAdjustment.Neighbour(2, A), new BoundaryAdjustment.Neighbour(3, C));

    @Test
    void moving_a_shared_boundary_outward_cuts_the_neighbour() {
        MultiPolygon wider = Shapes.box(10, 0, 11, 20);
        BoundaryAdjustment.Result r = BoundaryAdjustment.adjust(B, wider, AROUND, 1e-4);
        assertThat(r.changed()).containsOnlyKeys(3L);
        assertThat(r.changed().get(3L).getArea()).isCloseTo(180, offset(1e-9));
        assertThat(r.orphans()).isEmpty();
        assertThat(r.changed().get(3L).intersection(wider).getArea()).isZero();
    }

    @Test
    void land_given_up_goes_to_the_neighbour_it_borders() {
        MultiPolygon narrower = Shapes.box(10, 0, 9, 20);
        BoundaryAdjustment.Result r = BoundaryAdjustment.adjust(B, narrower, AROUND, 1e-4);
        assertThat(r.changed()).containsOnlyKeys(3L);
        assertThat(r.changed().get(3L).getArea()).isCloseTo(220, offset(1e-9));
        assertThat(r.changed().get(3L).getNumGeometries()).isEqualTo(1);
    }

    @Test
    void moving_a_vertex_changes_both_sides_and_conserves_the_total() {
        // B's north-east corner moves 0.5 m east: C loses a sliver triangle.
        MultiPolygon moved = Shapes.parcel("POLYGON((10 0, 20 0, 20.5 20, 10 20, 10 0))");
        BoundaryAdjustment.Result r = BoundaryAdjustment.adjust(B, moved, AROUND, 1e-4);
        assertThat(r.changed()).containsOnlyKeys(3L);
        assertThat(moved.getArea() + r.changed().get(3L).getArea() + A.getArea()).isCloseTo(600, offset(1e-9));
    }

    @Test
    void land_no_neighbour_borders_is_an_orphan() {
        // Giving up the southern half while only A and C are known: the strip borders both, so no orphan;
        // a hole cut in the middle borders nobody.
        MultiPolygon holed = Shapes.parcel("POLYGON((10 0, 20 0, 20 20, 10 20, 10 0), (14 8, 16 8, 16 12, 14 12, 14 8))");
        BoundaryAdjustment.Result r = BoundaryAdjustment.adjust(B, holed, AROUND, 1e-4);
        assertThat(r.orphans()).hasSize(1);
        assertThat(r.orphans().get(0).getArea()).isCloseTo(8, offset(1e-9));
        assertThat(r.orphans().get(0).getSRID()).isEqualTo(Shapes.SRID);
    }

    @Test
    void a_neighbour_covered_entirely_vanishes() {
        MultiPolygon all = Shapes.box(10, 0, 20, 20);
        BoundaryAdjustment.Result r = BoundaryAdjustment.adjust(B, all, AROUND, 1e-4);
        assertThat(r.vanished()).containsExactly(3L);
    }

    @Test
    void crumbs_below_the_noise_threshold_change_nobody() {
        MultiPolygon almost = Shapes.parcel("POLYGON((10 0, 20.000001 0, 20 20, 10 20, 10 0))");
        BoundaryAdjustment.Result r = BoundaryAdjustment.adjust(B, almost, AROUND, 1e-4);
        assertThat(r.changed()).isEmpty();
        assertThat(r.orphans()).isEmpty();
    }

    @Test
    void a_boundary_cutting_a_neighbour_in_two_divides_it() {
        // B takes a strip along C's south side and a strip across C from south to north: C is left in two pieces.
        MultiPolygon reaching = Shapes.parcel("POLYGON((10 0, 26 0, 26 20, 25 20, 25 1, 20 1, 20 20, 10 20, 10 0))");
        BoundaryAdjustment.Result r = BoundaryAdjustment.adjust(B, reaching, AROUND, 1e-4);
        assertThat(r.divided()).containsExactly(3L);
        assertThat(r.changed().get(3L).getNumGeometries()).isEqualTo(2);
    }
}
