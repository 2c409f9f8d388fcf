package vn.landinfo.cadastre.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

class PoleOfInaccessibilityTest {

    private static final double TOLERANCE = RepresentativePoint.TOLERANCE_M;
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 9210);

    @Test
    void the_pole_is_bit_identical_to_jts_maximum_inscribed_circle_on_every_cadastral_shape() {
        List<Geometry> shapes = CadastralShapes.generate(new Random(20240601L), 20_000);
        Point[] jts = new Point[shapes.size()];
        Point[] ours = new Point[shapes.size()];
        long t0 = System.nanoTime();
        for (int i = 0; i < shapes.size(); i++) {
            jts[i] = MaximumInscribedCircle.getCenter(shapes.get(i), TOLERANCE);
        }
        long t1 = System.nanoTime();
        for (int i = 0; i < shapes.size(); i++) {
            ours[i] = PoleOfInaccessibility.centre(shapes.get(i), TOLERANCE);
        }
        long t2 = System.nanoTime();
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < shapes.size(); i++) {
            if (!(jts[i].getX() == ours[i].getX() && jts[i].getY() == ours[i].getY())) {
                mismatches.add(shapes.get(i).toText() + " jts=" + jts[i] + " ours=" + ours[i]);
            }
        }
        assertThat(mismatches).as("shapes whose pole differs from JTS").isEmpty();
        // Not an assertion, the speed-up for the record (cold JIT on both sides, machine load varies).
        double jtsUs = (t1 - t0) / 1e3 / shapes.size();
        double oursUs = (t2 - t1) / 1e3 / shapes.size();
        System.out.printf("pole of inaccessibility over %d shapes: JTS %.0f µs, ours %.0f µs per shape, %.1fx faster%n",
                shapes.size(), jtsUs, oursUs, jtsUs / oursUs);
    }

    @Test
    void large_polygons_go_through_the_bucketed_path_and_still_match() {
        Random random = new Random(7);
        for (int i = 0; i < 200; i++) {
            Geometry g = i % 2 == 0
                    ? CadastralShapes.star(random, 583_000, 2_326_000, 150 + random.nextInt(200), 20, 80)
                    : CadastralShapes.road(random, 583_000, 2_326_000);
            assertThat(g.getNumPoints()).isGreaterThan(PoleOfInaccessibility.BRUTE_FORCE_MAX_SEGMENTS + 1);
            Point jts = MaximumInscribedCircle.getCenter(g, TOLERANCE);
            Point ours = PoleOfInaccessibility.centre(g, TOLERANCE);
            assertThat(ours.getX()).isEqualTo(jts.getX());
            assertThat(ours.getY()).isEqualTo(jts.getY());
        }
    }

    @Test
    void the_signed_distance_at_any_probe_is_jts_own_to_the_bit() {
        // What JTS's MaximumInscribedCircle asks at each cell: distance to the boundary, negative outside.
        Random random = new Random(11);
        List<String> mismatches = new ArrayList<>();
        List<Geometry> shapes = CadastralShapes.generate(new Random(5), 2_000);
        for (int i = 0; i < 100; i++) {
            shapes.add(CadastralShapes.road(random, 583_000, 2_326_000));
        }
        for (Geometry g : shapes) {
            PoleOfInaccessibility.SignedDistance ours = PoleOfInaccessibility.signedDistance(g);
            IndexedFacetDistance boundary = new IndexedFacetDistance(g.getBoundary());
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(g);
            Envelope env = g.getEnvelopeInternal();
            List<Coordinate> probes = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                probes.add(new Coordinate(env.getMinX() - 2 + random.nextDouble() * (env.getWidth() + 4),
                        env.getMinY() - 2 + random.nextDouble() * (env.getHeight() + 4)));
            }
            for (Coordinate c : g.getCoordinates()) {
                probes.add(c.copy()); // on a vertex
                probes.add(new Coordinate(c.x + 0.003, c.y - 0.002)); // next to one
            }
            for (Coordinate c : probes) {
                Point p = FACTORY.createPoint(c);
                double d = boundary.distance(p);
                double expected = locator.locate(c) == Location.EXTERIOR ? -d : d;
                double actual = ours.at(c.x, c.y);
                if (Double.doubleToLongBits(actual) != Double.doubleToLongBits(expected)) {
                    mismatches.add(g.getNumPoints() + " vertices at " + c + ": jts=" + expected + " ours=" + actual);
                }
            }
        }
        assertThat(mismatches).as("probes whose signed distance differs from JTS").isEmpty();
    }

    @Test
    void a_finder_reused_from_polygon_to_polygon_gives_what_a_fresh_one_gives() {
        List<Geometry> shapes = CadastralShapes.generate(new Random(3), 2_000);
        PoleOfInaccessibility finder = new PoleOfInaccessibility();
        for (Geometry g : shapes) {
            Point reused = finder.find(g, TOLERANCE);
            Point fresh = PoleOfInaccessibility.centre(g, TOLERANCE);
            assertThat(reused.getX()).isEqualTo(fresh.getX());
            assertThat(reused.getY()).isEqualTo(fresh.getY());
        }
    }

    @Test
    void the_pole_keeps_the_factory_and_refuses_what_jts_refuses() {
        Geometry square = CadastralShapes.rectangle(FACTORY, 583_000, 2_326_000, 20, 30, 0.3);
        assertThat(PoleOfInaccessibility.centre(square, TOLERANCE).getSRID()).isEqualTo(9210);
        assertThatThrownBy(() -> PoleOfInaccessibility.centre(square, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoleOfInaccessibility.centre(square.getBoundary(), TOLERANCE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PoleOfInaccessibility.centre(FACTORY.createPolygon(), TOLERANCE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Random lots of the kinds a Vietnamese cadastral sheet holds, in TM-3 metres. */
    static final class CadastralShapes {

        static List<Geometry> generate(Random random, int count) {
            List<Geometry> shapes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                double x = 583_000 + random.nextDouble() * 20_000;
                double y = 2_326_000 + random.nextDouble() * 20_000;
                int kind = i % 20;
                Geometry g = switch (kind) {
                    case 0, 1 -> rectangle(FACTORY, snap(x, 1), snap(y, 1), 4 + random.nextInt(37), 4 + random.nextInt(37), 0);
                    case 2, 3, 4 -> rectangle(FACTORY, x, y, side(random), side(random), random.nextDouble() * Math.PI);
                    case 5 -> snapped(rectangle(FACTORY, x, y, side(random), side(random), random.nextDouble() * Math.PI), 0.001);
                    case 6, 7 -> star(random, x, y, 4, 4, 25);
                    case 8, 9 -> star(random, x, y, 5, 4, 25);
                    case 10 -> star(random, x, y, 6 + random.nextInt(7), 5, 30);
                    case 11, 12 -> lShape(x, y, random);
                    // Long strips hit JTS's iteration cap (tens of ms each): fewer of them keeps the test short.
                    case 13 -> rectangle(FACTORY, x, y, 5, 200, random.nextDouble() * Math.PI);
                    case 14 -> star(random, x, y, 4, 10, 40);
                    case 15 -> i % 40 == 15
                            ? rectangle(FACTORY, snap(x, 0.01), snap(y, 0.01), 5, 200, 0)
                            : rectangle(FACTORY, snap(x, 0.01), snap(y, 0.01), 5 + random.nextInt(20), 40, 0);
                    case 16, 17 -> withHole(x, y, random);
                    case 18 -> twoParts(x, y, random);
                    default -> random.nextInt(10) == 0
                            ? star(random, x, y, 200, 20, 80)
                            : snapped(star(random, x, y, 4 + random.nextInt(3), 5, 30), 0.01);
                };
                shapes.add(g);
            }
            return shapes;
        }

        private static double side(Random random) {
            return 4 + random.nextDouble() * 36;
        }

        private static double snap(double v, double grid) {
            return Math.round(v / grid) * grid;
        }

        static Geometry rectangle(GeometryFactory f, double cx, double cy, double w, double h, double angle) {
            double[][] corners = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
            return f.createPolygon(ring(cx, cy, corners, angle));
        }

        /** A simple polygon: vertices at sorted angles around a centre, radii in [rMin, rMax]. */
        static Geometry star(Random random, double cx, double cy, int n, double rMin, double rMax) {
            double[][] pts = new double[n][];
            double step = 2 * Math.PI / n;
            for (int i = 0; i < n; i++) {
                double a = i * step + random.nextDouble() * step * 0.8;
                double r = rMin + random.nextDouble() * (rMax - rMin);
                pts[i] = new double[] {r * Math.cos(a), r * Math.sin(a)};
            }
            return FACTORY.createPolygon(ring(cx, cy, pts, 0));
        }

        /**
         * A road or canal of the demo: a long straight strip whose edges are split wherever a lot on either side
         * meets it, on the 1 mm grid, a few lots wide at a turn.
         */
        static Geometry road(Random random, double cx, double cy) {
            double length = 150 + random.nextDouble() * 600;
            double width = 3 + random.nextDouble() * 20;
            List<double[]> pts = new ArrayList<>();
            for (double x = 0; x < length; x += 4 + random.nextDouble() * 20) {
                pts.add(new double[] {x, (random.nextDouble() - 0.5) * 0.01});
            }
            pts.add(new double[] {length, 0});
            for (double x = length; x > 0; x -= 4 + random.nextDouble() * 20) {
                pts.add(new double[] {x, width + (random.nextDouble() - 0.5) * 0.01});
            }
            pts.add(new double[] {0, width});
            return snapped(FACTORY.createPolygon(ring(cx, cy, pts.toArray(double[][]::new), random.nextDouble() * Math.PI)), 0.001);
        }

        private static Geometry lShape(double cx, double cy, Random random) {
            double w = 10 + random.nextDouble() * 30;
            double h = 10 + random.nextDouble() * 30;
            double a = w * (0.3 + random.nextDouble() * 0.4);
            double b = h * (0.3 + random.nextDouble() * 0.4);
            double[][] pts = {{0, 0}, {w, 0}, {w, b}, {a, b}, {a, h}, {0, h}};
            return FACTORY.createPolygon(ring(cx, cy, pts, random.nextInt(3) == 0 ? 0 : random.nextDouble() * Math.PI));
        }

        private static Geometry withHole(double cx, double cy, Random random) {
            double w = 20 + random.nextDouble() * 20;
            double h = 20 + random.nextDouble() * 20;
            double angle = random.nextDouble() * Math.PI;
            double hw = w * (0.1 + random.nextDouble() * 0.3);
            double hh = h * (0.1 + random.nextDouble() * 0.3);
            double ox = (random.nextDouble() - 0.5) * (w - hw - 2);
            double oy = (random.nextDouble() - 0.5) * (h - hh - 2);
            double[][] outer = {{-w / 2, -h / 2}, {w / 2, -h / 2}, {w / 2, h / 2}, {-w / 2, h / 2}};
            double[][] hole = {{ox - hw / 2, oy - hh / 2}, {ox - hw / 2, oy + hh / 2}, {ox + hw / 2, oy + hh / 2},
                {ox + hw / 2, oy - hh / 2}};
            return FACTORY.createPolygon(ring(cx, cy, outer, angle), new LinearRing[] {ring(cx, cy, hole, angle)});
        }

        private static Geometry twoParts(double cx, double cy, Random random) {
            double angle = random.nextDouble() * Math.PI;
            Polygon a = (Polygon) rectangle(FACTORY, cx, cy, side(random), side(random), angle);
            double gap = 45 + random.nextDouble() * 10;
            Polygon b = (Polygon) rectangle(FACTORY, cx + gap * Math.cos(angle), cy + gap * Math.sin(angle),
                    side(random), side(random), angle + random.nextDouble() * 0.2);
            return FACTORY.createMultiPolygon(new Polygon[] {a, b});
        }

        private static Geometry snapped(Geometry g, double grid) {
            Geometry copy = g.copy();
            copy.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                c.x = snap(c.x, grid);
                c.y = snap(c.y, grid);
            });
            copy.geometryChanged();
            return copy;
        }

        private static LinearRing ring(double cx, double cy, double[][] local, double angle) {
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            Coordinate[] coords = new Coordinate[local.length + 1];
            for (int i = 0; i < local.length; i++) {
                double lx = local[i][0];
                double ly = local[i][1];
                coords[i] = new Coordinate(cx + lx * cos - ly * sin, cy + lx * sin + ly * cos);
            }
            coords[local.length] = coords[0].copy();
            return FACTORY.createLinearRing(coords);
        }
    }
}
