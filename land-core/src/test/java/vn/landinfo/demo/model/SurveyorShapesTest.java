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

    /** No area band for any of the lots: each may take any area. */
    private static AreaRange[] anyArea(List<Geometry> lots) {
        AreaRange[] any = new AreaRange[lots.size()];
        Arrays.fill(any, AreaRange.ANY);
        return any;
    }

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
        List<Geometry> after = repaired(before, anyArea(before));

        assertThat(after).allSatisfy(g -> assertThat(SurveyorShapes.acceptable(g)).as("%s acceptable", g).isTrue());
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).getArea()).as("lot %d keeps its area", i).isCloseTo(before.get(i).getArea(), within(0.01));
            for (int j = i + 1; j < after.size(); j++) {
                assertThat(after.get(i).relate(after.get(j), "2********")).as("lots %d and %d overlap", i, j).isFalse();
            }
        }
        assertSameOutline(before, after);
    }

    /**
     * A lobe pinched off (default set, Phường Ba Đình, 00004, parcel 5727 and the eight around it, in metres from
     * 586200 E, 2327600 N): lot L runs an arm 9 m long between its neighbours N and M, and M's corner (101.006 65.048)
     * lies 0.87 mm from L's edge with lot K, so the arm hangs on L by less than a millimetre. No local repair and no
     * join mends it within the lots' bands; the last resort puts the corner into L's edge, gives the arm (about 3 m²) to
     * a neighbour and lets K take the corner into its edge (decision 0213).
     */
    @Test
    void a_lobe_pinched_off_by_a_corner_within_a_millimetre_of_the_edge_goes_to_a_neighbour() {
        List<Geometry> before = parcels(
            "POLYGON ((98.064 56.237, 101.186 65.59, 103.61 73.476, 103.798 73.412, 101.006 65.048, 116.185 60.158, 115.656 58.421, 113.49 51.306, 98.064 56.237))",
            "POLYGON ((24.653 74.789, 26.119 79.235, 36.803 75.82, 45.651 72.991, 47.642 72.355, 58.909 68.753, 65.526 66.638, 74.642 63.724, 85.926 60.117, 98.064 56.237, 113.49 51.306, 125.163 47.575, 123.886 43.069, 114.014 46.225, 103.005 49.744, 96.401 51.855, 87.98 54.547, 74.283 58.925, 61.321 63.068, 46.241 67.889, 36.839 70.894, 24.653 74.789))",
            "POLYGON ((95.993 76.054, 98.434 84.17, 98.906 85.737, 106.882 83.556, 103.61 73.476, 95.993 76.054))",
            "POLYGON ((103.61 73.476, 106.882 83.556, 109.135 82.94, 115.685 81.149, 112.446 70.486, 103.798 73.412, 103.61 73.476))",
            "POLYGON ((85.926 60.117, 89.151 69.561, 89.191 69.678, 101.186 65.59, 98.064 56.237, 85.926 60.117))",
            "POLYGON ((89.191 69.678, 91.848 77.457, 95.993 76.054, 103.61 73.476, 101.186 65.59, 89.191 69.678))",
            "POLYGON ((101.006 65.048, 103.798 73.412, 112.446 70.486, 118.687 68.374, 116.185 60.158, 101.006 65.048))",
            "POLYGON ((113.49 51.306, 115.656 58.421, 127.181 54.695, 125.163 47.575, 113.49 51.306))",
            "POLYGON ((115.656 58.421, 116.185 60.158, 118.687 68.374, 120.391 67.797, 129.975 64.554, 127.181 54.695, 115.656 58.421))");
        assertThat(SurveyorShapes.acceptable(before.get(0))).as("lot L before").isFalse();

        List<Geometry> after = repaired(before, urbanBands(before));

        assertMendedTessellation(before, after);
    }

    /**
     * A zero-width spike (default set, 00004, parcel 18940, in metres from 585700 E, 2326900 N): lot S runs from
     * (87.005 36.397) up to (88.382 44.78) and back along its edge with lot W, its far side 0.02 mm from the near one,
     * between W and the lots E1, E2 on the other side. The last resort cuts the spike off where it starts, and W
     * takes its corners into its edge so that it meets E1 and E2 exactly.
     */
    @Test
    void a_zero_width_spike_is_cut_off_where_it_leaves_the_lot() {
        List<Geometry> before = parcels(
            "POLYGON ((85.671 28.276, 88.382 44.78, 88.057 42.794, 87.005 36.397, 101.056 34.267, 99.967 26.271, 93.324 27.203, 86.8 28.118, 85.671 28.276))",
            "POLYGON ((76.562 56.802, 86.518 55.363, 90.038 54.854, 88.382 44.78, 77.341 46.096, 76.562 56.802))",
            "POLYGON ((77.341 46.096, 88.382 44.78, 85.671 28.276, 78.566 29.273, 77.341 46.096))",
            "POLYGON ((90.038 54.854, 99.278 53.519, 103.593 52.895, 101.949 40.826, 88.057 42.794, 88.382 44.78, 90.038 54.854))",
            "POLYGON ((87.005 36.397, 88.057 42.794, 101.949 40.826, 101.735 39.251, 101.056 34.267, 87.005 36.397))",
            "POLYGON ((99.967 26.271, 101.056 34.267, 101.735 39.251, 108.532 38.419, 109.134 38.345, 107.157 25.263, 101.106 26.112, 99.967 26.271))",
            "POLYGON ((78.566 29.273, 85.671 28.276, 86.8 28.118, 85.09 17.291, 79.393 17.899, 78.566 29.273))",
            "POLYGON ((85.09 17.291, 86.8 28.118, 93.324 27.203, 91.907 16.564, 85.09 17.291))",
            "POLYGON ((91.437 13.04, 91.907 16.564, 93.324 27.203, 99.967 26.271, 101.106 26.112, 98.707 12.075, 91.437 13.04))");
        assertThat(SurveyorShapes.acceptable(before.get(0))).as("lot S before").isFalse();

        List<Geometry> after = repaired(before, urbanBands(before));

        assertMendedTessellation(before, after);
        for (int i = 0; i < after.size(); i++) {
            assertThat(after.get(i).getArea()).as("lot %d keeps its area", i).isCloseTo(before.get(i).getArea(), within(0.01));
        }
    }

    /**
     * A cut meeting the outline at a sliver angle (default set, Phường Tân An, 31258, parcel 181039, in metres from
     * 561100 E, 1114700 N): the cut between fields F and G (and G and H) runs to the outline's corner A = (32.697
     * 96.366) at 1.5° to the outline's edge A–B, so the node C = (33.374 95.943) at its end lies 2 cm from that edge.
     * Neither A nor B may move, and the sliver moves its needle to whichever side holds it; the last resort moves C
     * onto B, so the cut meets the outline at B, and the outline stays where it is.
     */
    @Test
    void a_cut_meeting_the_outline_at_a_sliver_angle_ends_at_the_outline_corner_instead() {
        List<Geometry> before = parcels(
            "POLYGON ((32.697 96.366, 34.671 95.202, 37.741 94.544, 45.416 92.787, 52.754 96.339, 59.316 104.867, 62.917 113.831, 64.196 121.921, 94.212 103.572, 92.622 100.891, 74.459 70.262, 65.973 75.567, 33.374 95.943, 32.697 96.366))",
            "POLYGON ((64.196 121.921, 68.339 148.128, 69.846 156.483, 110.127 130.409, 94.212 103.572, 64.196 121.921))",
            "POLYGON ((92.622 100.891, 94.212 103.572, 110.127 130.409, 115.253 127.091, 132.577 115.877, 113.264 87.514, 92.622 100.891))",
            "POLYGON ((-13.379 76.268, 7.135 108.914, 8.671 108.43, 21.395 103.032, 32.697 96.366, 33.374 95.943, 15.12 68.325, 10.393 61.173, -13.379 76.268))",
            "POLYGON ((15.12 68.325, 33.374 95.943, 65.973 75.567, 49.053 49.617, 47.237 46.831, 15.12 68.325))",
            "POLYGON ((49.053 49.617, 65.973 75.567, 74.459 70.262, 93.055 58.639, 76.894 32.653, 49.053 49.617))",
            "POLYGON ((74.459 70.262, 92.622 100.891, 113.264 87.514, 115.103 86.322, 96.224 56.658, 93.055 58.639, 74.459 70.262))");
        assertThat(SurveyorShapes.acceptable(before.get(0))).as("field F before").isFalse();

        List<Geometry> after = repaired(before, anyArea(before));

        assertMendedTessellation(before, after);
        assertThat(Arrays.asList(after.get(0).getCoordinates())).contains(new Coordinate(34.671, 95.202))
            .doesNotContain(new Coordinate(33.374, 95.943));
    }

    /**
     * A needle corner of 4.3° (default set, Phường Điện Biên Phủ, 03127, parcel 229800 and the lots around it, in
     * metres from 505200 E, 2369300 N): lot T, a strip 60 m long between two rows of lots, ends in a tip at (9.309
     * 36.346) between edges of 5.6 and 7.7 m. Its thin triangle is 1.6 m², more than a local repair may move, and
     * joining T to a neighbour would take a lot over 200 m²; the last resort shaves it without that allowance.
     */
    @Test
    void a_needle_corner_whose_triangle_is_over_a_square_metre_is_shaved_as_a_last_resort() {
        List<Geometry> before = parcels(
            "POLYGON ((9.309 36.346, 14.905 36.723, 18.59 36.971, 26.219 37.484, 35.217 38.09, 41.874 38.538, 49.04 39.021, 49.278 39.037, 49.889 39.078, 60.229 39.774, 65.578 40.134, 67.249 40.247, 68.29 40.317, 68.491 35.887, 63.343 35.927, 56.542 35.98, 55.596 35.987, 55.471 35.988, 48.961 36.038, 42.898 36.086, 36.103 36.138, 34.696 36.149, 31.187 36.176, 27.118 36.208, 22.867 36.241, 18.706 36.273, 16.959 36.287, 9.309 36.346))",
            "POLYGON ((5.506 45.926, 8.27 46.179, 14.475 46.745, 14.905 36.723, 9.309 36.346, 9.248 36.346, 6.74 36.366, 6.52 36.368, 5.506 45.926))",
            "POLYGON ((9.248 36.346, 9.309 36.346, 16.959 36.287, 18.706 36.273, 19.389 21.936, 18.532 21.902, 9.549 21.551, 9.472 25.307, 9.248 36.346))",
            "POLYGON ((14.475 46.745, 20.989 47.341, 25.481 47.752, 26.219 37.484, 18.59 36.971, 14.905 36.723, 14.475 46.745))",
            "POLYGON ((18.706 36.273, 22.867 36.241, 27.118 36.208, 27.405 24.877, 27.47 22.253, 19.389 21.936, 18.706 36.273))",
            "POLYGON ((25.481 47.752, 34.502 48.577, 35.217 38.09, 26.219 37.484, 25.481 47.752))",
            "POLYGON ((27.118 36.208, 31.187 36.176, 34.696 36.149, 34.661 24.948, 27.405 24.877, 27.118 36.208))",
            "POLYGON ((34.502 48.577, 35.545 48.672, 41.02 49.172, 41.874 38.538, 35.217 38.09, 34.502 48.577))",
            "POLYGON ((34.661 24.948, 34.696 36.149, 36.103 36.138, 42.898 36.086, 42.827 25.028, 35.988 24.961, 34.661 24.948))",
            "POLYGON ((41.02 49.172, 47.918 49.804, 48.724 49.878, 49.278 39.037, 49.04 39.021, 41.874 38.538, 41.02 49.172))",
            "POLYGON ((42.827 25.028, 42.898 36.086, 48.961 36.038, 48.997 24.886, 42.828 24.956, 42.827 25.028))",
            "POLYGON ((48.961 36.038, 55.471 35.988, 55.596 35.987, 55.552 24.812, 48.997 24.886, 48.961 36.038))",
            "POLYGON ((48.724 49.878, 58.482 50.769, 59.489 50.862, 60.229 39.774, 49.889 39.078, 49.278 39.037, 48.724 49.878))",
            "POLYGON ((55.552 24.812, 55.596 35.987, 56.542 35.98, 63.343 35.927, 63.531 24.793, 55.552 24.812))",
            "POLYGON ((59.489 50.862, 66.023 51.459, 66.229 51.478, 66.284 51.483, 67.249 40.247, 65.578 40.134, 60.229 39.774, 59.489 50.862))",
            "POLYGON ((63.531 24.793, 63.343 35.927, 68.491 35.887, 71.093 35.867, 71.649 24.823, 71.654 24.727, 64.08 24.788, 63.531 24.793))",
            "POLYGON ((66.284 51.483, 66.707 51.522, 72.404 52.043, 73.448 40.664, 68.727 40.346, 68.29 40.317, 67.249 40.247, 66.284 51.483))",
            "POLYGON ((68.29 40.317, 68.727 40.346, 73.448 40.664, 82.548 41.277, 82.741 35.777, 71.093 35.867, 68.491 35.887, 68.29 40.317))");
        assertThat(SurveyorShapes.minimumAngleDegrees(before.get(0))).as("lot T before").isLessThan(SurveyorShapes.MIN_ANGLE_DEGREES);

        List<Geometry> after = repaired(before, urbanBands(before));

        assertMendedTessellation(before, after);
    }

    /**
     * A corridor of zero width (synthetic, shaped like Phường Điện Biên Phủ's 268509, decision 0220; not yet the real
     * shape): lot P runs 10 m out between lots A1, A2 above and B1, B2 below, its sides 1 mm apart, their vertices at
     * other places along it (4 m above, 7 m below), and ends on lot E. The corridor is zipped shut.
     */
    @Test
    void a_zero_width_corridor_between_two_rows_of_lots_is_zipped_shut() {
        List<Geometry> before = parcels(
            "POLYGON ((-10 -5, 0 -5, 0 -0.001, 7 -0.001, 10 -0.001, 10 0, 4 0, 0 0, 0 5, -10 5, -10 -5))",
            "POLYGON ((0 0, 4 0, 4 5, 0 5, 0 0))",
            "POLYGON ((4 0, 10 0, 10 5, 4 5, 4 0))",
            "POLYGON ((0 -5, 7 -5, 7 -0.001, 0 -0.001, 0 -5))",
            "POLYGON ((7 -5, 10 -5, 10 -0.001, 7 -0.001, 7 -5))",
            "POLYGON ((10 -5, 15 -5, 15 5, 10 5, 10 0, 10 -0.001, 10 -5))");
        assertThat(SurveyorShapes.acceptable(before.get(0))).as("lot P before").isFalse();
        AreaRange[] any = new AreaRange[before.size()];
        Arrays.fill(any, AreaRange.ANY);

        List<Geometry> after = repaired(before, any);

        assertMendedTessellation(before, after);
        assertThat(after.get(0).getArea()).isCloseTo(100, within(0.001));
    }

    private static AreaRange[] urbanBands(List<Geometry> lots) {
        return lots.stream().map(g -> Purposes.range(PieceKind.URBAN_LOT, g.getArea())).toArray(AreaRange[]::new);
    }

    /** Every parcel acceptable, none overlapping another, the outline as it was. */
    private static void assertMendedTessellation(List<Geometry> before, List<Geometry> after) {
        assertThat(after).allSatisfy(g -> assertThat(SurveyorShapes.acceptable(g)).as("%s acceptable", g).isTrue());
        for (int i = 0; i < after.size(); i++) {
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
