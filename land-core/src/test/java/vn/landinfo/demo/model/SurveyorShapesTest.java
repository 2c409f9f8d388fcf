package vn.landinfo.demo.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.CoverageUnion;

/**
 * The repair keeps the commune outline where it is and every lot within its area band
 * (docs/decisions/0110-repairs-keep-the-outline-and-the-lot-sizes.md), on partitions of two parcels in metres. In
 * each case the parcels share their vertices exactly, as after noding; the outline is every edge only one has.
 */
class SurveyorShapesTest {

    private static final GeometryFactory FACTORY = new GeometryFactory(CommuneCadastre.PRECISION);

    /**
     * A corner of the outline, v = (10 -1), and an interior node w 2.2 cm from it, where the boundary between the two
     * lots bends: of the two, w moves onto v, and the outline keeps its corner.
     */
    @Test
    void of_two_near_nodes_the_one_on_the_outline_stays_and_the_other_moves_onto_it() {
        List<Geometry> before = parcels(
            "POLYGON ((0 0, 10 -1, 10.01 -0.98, 10 10, 0 10, 0 0))",
            "POLYGON ((10 -1, 20 0, 20 10, 10 10, 10.01 -0.98, 10 -1))");
        List<Geometry> after = repaired(before, AreaRange.ANY, AreaRange.ANY);

        Coordinate corner = new Coordinate(10, -1);
        assertThat(after).allSatisfy(g -> {
            assertThat(SurveyorShapes.acceptable(g)).as("%s acceptable", g).isTrue();
            assertThat(Arrays.asList(g.getCoordinates())).as("%s keeps the corner", g).contains(corner);
            assertThat(Arrays.asList(g.getCoordinates())).doesNotContain(new Coordinate(10.01, -0.98));
        });
        assertSameOutline(before, after);
    }

    /**
     * Two corners of the outline 3 cm apart, v = (10 10) and w = (10.03 10), neither on a straight stretch (each lies
     * 5.9 mm off the line through its neighbours): merging them would move the outline, so neither moves and the parcel
     * keeps its short edge (no repair can mend an edge of the outline itself).
     */
    @Test
    void two_near_corners_of_the_outline_both_stay() {
        List<Geometry> before = parcels("POLYGON ((0 0, 20 0, 20 8, 10.03 10, 10 10, 0 8, 0 0))");
        List<Geometry> after = repaired(before, AreaRange.ANY);

        assertThat(after.get(0).equalsExact(before.get(0))).as("unchanged: %s", after.get(0)).isTrue();
    }

    /**
     * A node on a straight stretch of the outline, w = (9.97 0), where the boundary between the lots meets it, 3 cm
     * from the corner v = (10 0): w slides along the outline onto v, which stays, and the outline does not move.
     */
    @Test
    void a_node_on_a_straight_stretch_of_the_outline_slides_onto_the_corner_next_to_it() {
        List<Geometry> before = parcels(
            "POLYGON ((0 0, 9.97 0, 10 10, 0 10, 0 0))",
            "POLYGON ((9.97 0, 10 0, 20 -2, 20 10, 10 10, 9.97 0))");
        List<Geometry> after = repaired(before, AreaRange.ANY, AreaRange.ANY);

        assertThat(after).allSatisfy(g -> {
            assertThat(SurveyorShapes.acceptable(g)).as("%s acceptable", g).isTrue();
            assertThat(Arrays.asList(g.getCoordinates())).contains(new Coordinate(10, 0)).doesNotContain(new Coordinate(9.97, 0));
        });
        assertSameOutline(before, after);
    }

    /**
     * Lot A's corner V = (-0.07 0) on the outline lies 4.95 cm from its boundary with lot B, W–X, where W = (0 0) is
     * the node on the outline 7 cm away. Dropping V would move the outline by 3.1 mm; instead the corner at W is
     * shaved: the thin triangle V–W–X (0.14 m²) goes to B, and the outline stays as it was.
     */
    @Test
    void a_corner_of_the_outline_too_close_to_a_boundary_is_mended_by_shaving_the_boundary_not_by_moving_the_corner() {
        List<Geometry> before = twoLotsWithACornerCloseToTheirBoundary();
        List<Geometry> after = repaired(before, AreaRange.ANY, AreaRange.ANY);

        assertThat(after).allSatisfy(g -> assertThat(SurveyorShapes.acceptable(g)).as("%s acceptable", g).isTrue());
        assertThat(Arrays.asList(after.get(0).getCoordinates())).contains(new Coordinate(-0.07, 0));
        assertThat(after.get(0).getArea()).isCloseTo(before.get(0).getArea() - 0.14, within(1e-6));
        assertSameOutline(before, after);
    }

    /**
     * The same two lots, A laid out at 40.05 m², B at 168 m²: the shave would leave A 39.91 m², below the 40–200 m²
     * of a residential lot, and joining A to B would make 208 m², so neither is made: A keeps its area (and its
     * defect, rather than its purpose changing).
     */
    @Test
    void a_repair_that_would_take_a_residential_lot_under_40_square_metres_is_not_made() {
        List<Geometry> before = twoLotsWithACornerCloseToTheirBoundary();
        assertThat(before.get(0).getArea()).isCloseTo(40.05, within(1e-6));
        List<Geometry> after = repaired(before, Purposes.range(PieceKind.URBAN_LOT, before.get(0).getArea()),
            Purposes.range(PieceKind.URBAN_LOT, before.get(1).getArea()));

        assertThat(after.get(0).getArea()).isCloseTo(40.05, within(1e-6));
        assertThat(after.get(1).getArea()).isCloseTo(before.get(1).getArea(), within(1e-6));
        assertSameOutline(before, after);
    }

    /**
     * Lot A (104 m²) has a needle of 4.6° reaching 10 m into lot B (196 m²): straightening it would hand B 4 m², more
     * than the square metre a local repair may move, and joining the two would make one lot of 300 m², more than a
     * residential lot's 200 m². The needle is left (the register shows it as laid out) rather than the lots redrawn.
     */
    @Test
    void a_local_repair_moves_no_more_than_a_square_metre_between_lots() {
        List<Geometry> before = parcels(
            "POLYGON ((0 0, 10 0, 10 5, 20 5, 10 5.8, 10 10, 0 10, 0 0))",
            "POLYGON ((10 0, 30 0, 30 10, 10 10, 10 5.8, 20 5, 10 5, 10 0))");
        assertThat(SurveyorShapes.minimumAngleDegrees(before.get(0))).isLessThan(SurveyorShapes.MIN_ANGLE_DEGREES);
        List<Geometry> after = repaired(before, Purposes.range(PieceKind.URBAN_LOT, before.get(0).getArea()),
            Purposes.range(PieceKind.URBAN_LOT, before.get(1).getArea()));

        for (int i = 0; i < 2; i++) {
            assertThat(Math.abs(after.get(i).getArea() - before.get(i).getArea())).as("lot %d", i)
                .isLessThanOrEqualTo(SurveyorShapes.MAX_AREA_CHANGE_M2);
        }
    }

    /**
     * A zero-width spike of the default set (Phường Điện Biên Phủ, 03127, parcel 204855 and the eight parcels
     * around it, in metres from 504900 E, 2369800 N of its TM-3 zone): lot C runs a spike 7.5 m long along the
     * boundary between lot A (above) and lot B (below), from (51.86 14.817) to the tip (44.393 14.989) and back to
     * (55.499 14.732). The spike's two sides end at different vertices, 3.6 m apart, so it is neither a spike
     * between two neighbours nor a corridor to zip; B takes A's corner into its top edge and C loses the tip.
     */
    @Test
    void a_spike_along_the_boundary_of_two_neighbours_goes_to_the_one_whose_edge_it_runs_along() {
        List<Geometry> before = parcels(
            "POLYGON ((44.482 28.071, 44.488 28.988, 44.573 41.552, 49.13 41.382, 51.845 41.279, 52.11 28.021, 51.774 28.023, 44.482 28.071))",
            "POLYGON ((51.845 41.279, 54.685 41.173, 60.292 40.963, 60.241 28.896, 60.237 27.967, 52.11 28.021, 51.845 41.279))",
            "POLYGON ((60.21 21.591, 60.237 27.967, 60.241 28.896, 67.054 29.047, 74.941 29.221, 74.923 26.687, 74.887 21.81, 60.21 21.591))",
            "POLYGON ((33.182 15.247, 33.323 21.836, 33.348 22.967, 44.446 22.761, 44.393 14.989, 43.992 14.997, 33.182 15.247))",
            "POLYGON ((44.393 14.989, 44.446 22.761, 44.46 24.904, 44.482 28.071, 51.774 28.023, 51.86 14.817, 44.393 14.989))",
            "POLYGON ((43.992 14.997, 44.393 14.989, 55.499 14.732, 55.763 2.885, 54.696 2.855, 44.67 2.587, 44.616 3.562, 43.992 14.997))",
            "POLYGON ((44.393 14.989, 51.86 14.817, 51.774 28.023, 52.11 28.021, 60.237 27.967, 60.21 21.591, 60.18 14.625, 55.499 14.732, 44.393 14.989))",
            "POLYGON ((55.499 14.732, 60.18 14.625, 64.214 14.531, 64.834 4.017, 64.885 3.129, 55.763 2.885, 55.499 14.732))",
            "POLYGON ((60.18 14.625, 60.21 21.591, 74.887 21.81, 74.832 14.287, 64.214 14.531, 60.18 14.625))");
        assertThat(SurveyorShapes.acceptable(before.get(6))).as("lot C before").isFalse();
        AreaRange[] any = new AreaRange[before.size()];
        java.util.Arrays.fill(any, AreaRange.ANY);
        List<Geometry> after = repaired(before, any);

        assertThat(after).allSatisfy(g -> assertThat(SurveyorShapes.acceptable(g)).as("%s acceptable", g).isTrue());
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).getArea()).as("lot %d keeps its area", i).isCloseTo(before.get(i).getArea(), within(0.01));
            for (int j = i + 1; j < after.size(); j++) {
                assertThat(after.get(i).relate(after.get(j), "2********")).as("lots %d and %d overlap", i, j).isFalse();
            }
        }
        assertSameOutline(before, after);
    }

    private static List<Geometry> twoLotsWithACornerCloseToTheirBoundary() {
        return parcels(
            "POLYGON ((-11.31 -0.5, -0.07 0, 0 0, -4 4, -11.31 4, -11.31 -0.5))",
            "POLYGON ((0 0, 40 0, 40 4, -4 4, 0 0))");
    }

    private static List<Geometry> parcels(String... wkt) {
        WKTReader reader = new WKTReader(FACTORY);
        List<Geometry> out = new ArrayList<>();
        for (String w : wkt) {
            try {
                out.add(reader.read(w));
            } catch (org.locationtech.jts.io.ParseException e) {
                throw new IllegalArgumentException(w, e);
            }
        }
        return out;
    }

    private static List<Geometry> repaired(List<Geometry> parcels, AreaRange... ranges) {
        List<Geometry> geometry = new ArrayList<>(parcels);
        SurveyorShapes.repair(geometry, List.of(ranges), FACTORY);
        assertThat(geometry).doesNotContainNull();
        return geometry;
    }

    private static void assertSameOutline(List<Geometry> before, List<Geometry> after) {
        Geometry was = CoverageUnion.union(FACTORY.buildGeometry(before));
        Geometry is = CoverageUnion.union(FACTORY.buildGeometry(after));
        assertThat(is.equalsTopo(was)).as("outline %s, was %s", is, was).isTrue();
        assertThat(is.getArea()).isCloseTo(was.getArea(), within(1e-9));
    }
}
