package vn.landinfo.transaction.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/** A 20 × 15 m lot A under a 40 × 15 m lot C, in metres of a TM-3 zone. */
class RegisterSnapTest {

    private static final MultiPolygon A = Shapes.parcel("POLYGON((0 0, 20 0, 20 15, 0 15, 0 0))");
    private static final MultiPolygon C = Shapes.parcel("POLYGON((0 15, 20 15, 40 15, 40 30, 0 30, 0 15))");

    @Test
    void vertices_a_millimetre_off_take_the_register_vertex_or_lie_on_the_register_edge() {
        // A with its north-east corner moved 2 m west, back from WGS 84 0.76 mm east and 0.42 mm south.
        Geometry drawn = Shapes.read("POLYGON((0.00076 -0.00042, 20.00076 -0.00042, 18.00076 14.99958, 0.00076 14.99958, 0.00076 -0.00042))");

        Geometry snapped = RegisterSnap.onto(drawn, List.of(A, C), RegisterSnap.REPROJECTED_M);

        Coordinate[] c = snapped.getCoordinates();
        assertThat(c).hasSize(5);
        assertThat(List.of(c[0], c[1], c[3], c[4])).containsExactly(new Coordinate(0, 0), new Coordinate(20, 0), new Coordinate(0, 15),
                new Coordinate(0, 0));
        // The new corner has no register vertex to take: it stays where it came back along C's edge, on that edge.
        assertThat(c[2].y).isEqualTo(15);
        assertThat(c[2].x).isCloseTo(18.00076, within(1e-9));
        assertThat(snapped.getSRID()).isEqualTo(Shapes.SRID);
        assertThat(snapped.intersection(C).getArea()).isZero();
    }

    @Test
    void what_lies_farther_than_the_tolerance_is_left_where_it_was_drawn() {
        Geometry drawn = Shapes.read("POLYGON((0 0, 20 0, 18 14.997, 0 15, 0 0))");

        Geometry snapped = RegisterSnap.onto(drawn, List.of(A, C), RegisterSnap.REPROJECTED_M);

        assertThat(snapped.getCoordinates()).containsExactly(drawn.getCoordinates());
    }
}
