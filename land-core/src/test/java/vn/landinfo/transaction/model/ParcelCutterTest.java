package vn.landinfo.transaction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

class ParcelCutterTest {

    private static final MultiPolygon LOT = Shapes.parcel(
            "POLYGON((585000.123 2326000.456, 585020.789 2326001.012, 585021.345 2326031.678, 584999.901 2326030.234, 585000.123 2326000.456))");

    @Test
    void one_line_across_makes_two_children_that_keep_every_parent_vertex_and_the_area() {
        ParcelCutter.Cut cut = ParcelCutter.cut(LOT, List.of(Shapes.line("LINESTRING(584990 2326015, 585030 2326016.5)")));
        assertThat(cut.idleLines()).isEmpty();
        assertThat(cut.pieces()).hasSize(2);
        assertThat(cut.pieces().stream().mapToDouble(Polygon::getArea).sum()).isCloseTo(LOT.getArea(), offset(1e-6));
        Set<Coordinate> childVertices = new HashSet<>();
        cut.pieces().forEach(p -> childVertices.addAll(Arrays.asList(p.getCoordinates())));
        // Neighbours share the parent's vertices: the children must still have each one, bit for bit.
        assertThat(childVertices).containsAll(Arrays.asList(LOT.getCoordinates()));
        // North first: the first child lies above the line.
        assertThat(cut.pieces().get(0).getInteriorPoint().getY()).isGreaterThan(cut.pieces().get(1).getInteriorPoint().getY());
        assertThat(cut.pieces()).allSatisfy(p -> assertThat(p.isValid()).isTrue()).allSatisfy(p -> assertThat(p.getSRID()).isEqualTo(Shapes.SRID));
    }

    @Test
    void the_two_children_share_the_exact_vertices_of_the_cut() {
        ParcelCutter.Cut cut = ParcelCutter.cut(LOT, List.of(Shapes.line("LINESTRING(584990 2326015, 585030 2326016.5)")));
        Set<Coordinate> north = new HashSet<>(Arrays.asList(cut.pieces().get(0).getCoordinates()));
        Set<Coordinate> south = new HashSet<>(Arrays.asList(cut.pieces().get(1).getCoordinates()));
        north.retainAll(south);
        assertThat(north).hasSize(2);
        assertThat(cut.pieces().get(0).intersection(cut.pieces().get(1)).getArea()).isZero();
    }

    @Test
    void two_crossing_lines_make_four_children() {
        ParcelCutter.Cut cut = ParcelCutter.cut(LOT, List.of(
                Shapes.line("LINESTRING(584990 2326015, 585030 2326016.5)"),
                Shapes.line("LINESTRING(585010 2325990, 585011 2326040)")));
        assertThat(cut.idleLines()).isEmpty();
        assertThat(cut.pieces()).hasSize(4);
        assertThat(cut.pieces().stream().mapToDouble(Polygon::getArea).sum()).isCloseTo(LOT.getArea(), offset(1e-6));
    }

    @Test
    void a_line_that_stops_inside_or_misses_the_parcel_splits_nothing() {
        ParcelCutter.Cut cut = ParcelCutter.cut(LOT, List.of(
                Shapes.line("LINESTRING(584990 2326015, 585010 2326015.5)"),
                Shapes.line("LINESTRING(585100 2326015, 585200 2326016)")));
        assertThat(cut.idleLines()).containsExactly(0, 1);
        assertThat(cut.pieces()).hasSize(1);
    }

    @Test
    void a_second_line_parallel_to_the_first_adds_a_third_child_and_one_along_the_boundary_adds_none() {
        ParcelCutter.Cut cut = ParcelCutter.cut(LOT, List.of(
                Shapes.line("LINESTRING(584990 2326010, 585030 2326010.5)"),
                Shapes.line("LINESTRING(584990 2326020, 585030 2326020.5)"),
                Shapes.line("LINESTRING(585000.123 2326000.456, 585020.789 2326001.012)")));
        assertThat(cut.pieces()).hasSize(3);
        assertThat(cut.idleLines()).containsExactly(2);
    }

    @Test
    void a_hole_stays_a_hole_and_is_not_a_child() {
        MultiPolygon ring = Shapes.parcel("POLYGON((0 0, 30 0, 30 30, 0 30, 0 0), (10 10, 20 10, 20 20, 10 20, 10 10))");
        ParcelCutter.Cut cut = ParcelCutter.cut(ring, List.of(Shapes.line("LINESTRING(-5 15, 35 15)")));
        assertThat(cut.pieces()).hasSize(2);
        assertThat(cut.pieces().stream().mapToDouble(Polygon::getArea).sum()).isCloseTo(800, offset(1e-9));
    }
}
