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

    @Test
    void a_boundary_that_is_common_but_not_bit_exact_still_dissolves() {
        // Two lots from the property test: the northern one has a split's computed vertex on the shared
        // edge, which the southern one's edge passes at 1e-10 m. A plain floating union left a crack.
        MergeGeometry.Union u = MergeGeometry.union(List.of(
                Shapes.parcel("MULTIPOLYGON (((587528.4880077683 2326367.7227103524, 587533.276 2326370.672, 587540.884 2326374.901, "
                        + "587540.884 2326374.9, 587543.5525203602 2326369.7416244373, 587530.3175940757 2326364.0977939395, "
                        + "587530.2936777117 2326364.14517887, 587528.4880077683 2326367.7227103524)))"),
                Shapes.parcel("MULTIPOLYGON (((587530.0867792198 2326363.9993664986, 587543.5525203602 2326369.7416244373, "
                        + "587545.3969125242 2326366.1763275005, 587545.493 2326365.793, 587545.412 2326365.954, 587532.558 2326359.653, "
                        + "587531.814 2326361.133, 587530.0867792198 2326363.9993664986)))")), 1e-4);
        assertThat(u.adjacent()).isTrue();
        assertThat(u.geometry().getNumGeometries()).isEqualTo(1);
        assertThat(u.geometry().isValid()).isTrue();
    }

    @Test
    void two_pairs_that_each_touch_are_still_two_pieces() {
        MergeGeometry.Union u = MergeGeometry.union(List.of(Shapes.box(0, 0, 10, 10), Shapes.box(10, 0, 10, 10),
                Shapes.box(40, 0, 10, 10), Shapes.box(50, 0, 10, 10)), 1e-4);
        assertThat(u.detached()).isEmpty();
        assertThat(u.adjacent()).isFalse();
        assertThat(u.geometry().getNumGeometries()).isEqualTo(2);
    }
}
