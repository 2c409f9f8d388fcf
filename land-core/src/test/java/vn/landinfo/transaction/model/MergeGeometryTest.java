package vn.landinfo.transaction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergeGeometryTest {

    @Test
    void neighbours_sharing_an_edge_merge_into_one_polygon() {
        MergeGeometry.Union u = MergeGeometry.union(List.of(Shapes.box(0, 0, 10, 20), Shapes.box(10, 0, 10, 20)), 1e-4);
        assertThat(u.adjacent()).isTrue();
        assertThat(u.geometry().getNumGeometries()).isEqualTo(1);
        assertThat(u.geometry().getArea()).isCloseTo(400, offset(1e-9));
        assertThat(u.geometry().getSRID()).isEqualTo(Shapes.SRID);
    }

    @Test
    void touching_at_a_corner_is_not_adjacent() {
        MergeGeometry.Union u = MergeGeometry.union(List.of(Shapes.box(0, 0, 10, 10), Shapes.box(10, 10, 10, 10)), 1e-4);
        assertThat(u.adjacent()).isFalse();
        assertThat(u.detached()).containsExactly(0, 1);
    }

    @Test
    void a_parcel_apart_from_the_others_is_named() {
        MergeGeometry.Union u = MergeGeometry.union(List.of(Shapes.box(0, 0, 10, 10), Shapes.box(10, 0, 10, 10), Shapes.box(30, 0, 10, 10)), 1e-4);
        assertThat(u.detached()).containsExactly(2);
    }

    @Test
    void a_t_junction_vertex_off_the_neighbour_edge_by_floating_noise_leaves_no_crumb() {
        // The west lot has a vertex 1e-10 m off the shared edge (a split child's computed node).
        MergeGeometry.Union u = MergeGeometry.union(List.of(
                Shapes.parcel("POLYGON((0 0, 10 0, 10.0000000001 7.3, 10 20, 0 20, 0 0))"), Shapes.box(10, 0, 10, 20)), 1e-4);
        assertThat(u.adjacent()).isTrue();
        assertThat(((org.locationtech.jts.geom.Polygon) u.geometry().getGeometryN(0)).getNumInteriorRing()).isZero();
    }
}
