package vn.landinfo.demo.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.relateng.RelateNG;

/**
 * The surveyor-shape repair asks JTS's RelateNG, prepared on the larger parcel, whether two parcels share interior
 * (DE-9IM {@code 2********}); it used to ask {@code Geometry.relate}, and the generated register must not change
 * (docs/decisions/0210-same-demo-load-less-work.md). On lots of the 1 mm grid that touch along an edge, at
 * a corner, along part of an edge, or cross by a millimetre, next to a road of a hundred vertices, both give the same
 * answer, whichever side is prepared. A JTS upgrade that changed one of them fails here.
 */
class RelateAgreementTest {

    private static final GeometryFactory FACTORY = new GeometryFactory(CommuneCadastre.PRECISION);
    private static final String INTERIORS_MEET = "2********";

    @Test
    void relate_ng_prepared_on_either_side_answers_as_the_older_relate_whether_two_parcels_share_interior() {
        List<Geometry> shapes = new ArrayList<>(List.of(
            read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
            read("POLYGON ((10 0, 20 0, 20 10, 10 10, 10 0))"),           // shares an edge with the first
            read("POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))"),        // shares a corner
            read("POLYGON ((10 2, 15 2, 15 8, 10 8, 10 2))"),             // shares part of an edge
            read("POLYGON ((9.999 3, 15 3, 15 7, 9.999 7, 9.999 3))"),    // crosses into the first by 1 mm
            read("POLYGON ((10 5, 15 0, 15 10, 10 5))"),                  // touches an edge at one vertex
            read("POLYGON ((9.999 5, 15 0.5, 15 9.5, 9.999 5))"),         // a needle tip 1 mm inside
            read("POLYGON ((2 2, 8 2, 8 8, 2 8, 2 2))"),                  // inside the first
            read("POLYGON ((0 0, 10 0, 5 0.004, 0 0))")));                // a 4 mm sliver along the first's edge
        shapes.add(road());
        for (Geometry a : List.copyOf(shapes)) {
            for (double dy : new double[] {0.001, -0.001}) {
                shapes.add(AffineTransformation.translationInstance(0, dy).transform(a));
            }
        }
        int overlapping = 0;
        for (Geometry a : shapes) {
            RelateNG prepared = RelateNG.prepare(a);
            for (Geometry b : shapes) {
                boolean older = a.relate(b, INTERIORS_MEET);
                assertThat(prepared.evaluate(b, INTERIORS_MEET)).as("%s prepared, against %s", a, b).isEqualTo(older);
                assertThat(RelateNG.prepare(b).evaluate(a, INTERIORS_MEET)).as("%s prepared, against %s", b, a).isEqualTo(older);
                overlapping += older ? 1 : 0;
            }
        }
        assertThat(overlapping).as("pairs that share interior").isBetween(shapes.size() + 1, shapes.size() * shapes.size() - 1);
    }

    /** A road 30 m long and 4 m wide below the lots, its top edge along y = 0 split into a hundred vertices. */
    private static Geometry road() {
        List<Coordinate> ring = new ArrayList<>();
        for (int k = 0; k <= 100; k++) {
            ring.add(new Coordinate(30 - k * 0.3, 0));
        }
        for (int k = 0; k <= 20; k++) {
            ring.add(new Coordinate(k * 1.5, -4 - (k % 3) * 0.25));
        }
        ring.add(ring.get(0));
        Geometry road = FACTORY.createPolygon(ring.stream().map(c -> {
            Coordinate p = new Coordinate(c);
            FACTORY.getPrecisionModel().makePrecise(p);
            return p;
        }).toArray(Coordinate[]::new));
        assertThat(road.isValid()).as("road valid").isTrue();
        assertThat(road.getNumPoints()).isGreaterThan(100);
        return road;
    }

    private static Geometry read(String wkt) {
        try {
            return new WKTReader(FACTORY).read(wkt);
        } catch (org.locationtech.jts.io.ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
