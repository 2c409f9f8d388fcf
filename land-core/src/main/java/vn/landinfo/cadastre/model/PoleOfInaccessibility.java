package vn.landinfo.cadastre.model;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.RayCrossingCounter;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * The centre of the maximum inscribed circle, bit-identical to JTS 1.20.0
 * {@code MaximumInscribedCircle.getCenter(g, tolerance)} but several times faster on parcels.
 *
 * <p>Why: a cadastral lot has 4–12 vertices and its pole lies on a ridge, so thousands of cells are
 * refined down to 1 cm; JTS answers each cell through an STR-tree nearest-neighbour search and an
 * interval-indexed point locator, which on a dozen segments cost far more than looking at every
 * segment. This class runs the same branch-and-bound (same initial cell, same interior-point seed,
 * same priority order and tie-breaking, same child order, same iteration cap, same termination) and
 * only replaces how one cell's signed distance is obtained:
 * <ul>
 *   <li>distance: the minimum of {@link Distance#pointToSegment} over all boundary segments — the
 *       function JTS's facet sequences evaluate, so the minimum is the same double;</li>
 *   <li>side: one {@link RayCrossingCounter} fed every ring segment — the counter the indexed locator
 *       feeds the segments whose y-range holds the point; the others cannot change its state, so the
 *       location (exterior or not) is the same, holes and multipolygon parts included.</li>
 * </ul>
 * Polygons with more than {@link #BRUTE_FORCE_MAX_VERTICES} vertices use JTS's indexed classes, as
 * JTS does. {@code PoleOfInaccessibilityTest} checks equality with JTS on tens of thousands of shapes.
 * Upgrading JTS means re-checking that test: DESIGN §0 promises anyone can recompute the pole with JTS.
 */
public final class PoleOfInaccessibility {

    /** Above this many boundary vertices the spatial indexes beat brute force. */
    static final int BRUTE_FORCE_MAX_VERTICES = 64;

    /** The constant JTS's cell uses for its half-diagonal bound. */
    private static final double SQRT2 = 1.4142135623730951;

    private final Geometry polygonal;
    private final SignedDistance distance;

    private PoleOfInaccessibility(Geometry polygonal) {
        this.polygonal = polygonal;
        this.distance = polygonal.getNumPoints() <= BRUTE_FORCE_MAX_VERTICES
                ? new BruteForceDistance(polygonal)
                : new IndexedDistance(polygonal);
    }

    /** The pole of a Polygon or MultiPolygon to within {@code tolerance}, in the geometry's factory. */
    public static Point centre(Geometry polygonal, double tolerance) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("Tolerance must be positive");
        }
        if (!(polygonal instanceof Polygon || polygonal instanceof MultiPolygon)) {
            throw new IllegalArgumentException("Input geometry must be a Polygon or MultiPolygon");
        }
        if (polygonal.isEmpty()) {
            throw new IllegalArgumentException("Empty input geometry is not supported");
        }
        Cell best = new PoleOfInaccessibility(polygonal).search(tolerance);
        return polygonal.getFactory().createPoint(new Coordinate(best.x, best.y));
    }

    /** JTS 1.20.0's iteration cap: 2000 plus 2000 per natural-log step of diameter/tolerance. */
    static long maximumIterations(Geometry polygonal, double tolerance) {
        double diameter = polygonal.getEnvelopeInternal().getDiameter();
        int steps = (int) Math.log(diameter / tolerance);
        if (steps < 1) {
            steps = 1;
        }
        return 2000 + 2000 * steps;
    }

    private Cell search(double tolerance) {
        PriorityQueue<Cell> queue = new PriorityQueue<>();
        Envelope env = polygonal.getEnvelopeInternal();
        double side = Math.max(env.getWidth(), env.getHeight());
        if (side != 0) {
            Coordinate c = env.centre();
            queue.add(cell(c.x, c.y, side / 2.0));
        }
        Point interior = polygonal.getInteriorPoint();
        Cell best = new Cell(interior.getX(), interior.getY(), 0, distance.at(interior.getX(), interior.getY()));
        long maxIterations = maximumIterations(polygonal, tolerance);
        long iterations = 0;
        while (!queue.isEmpty() && iterations < maxIterations) {
            iterations++;
            Cell cell = queue.remove();
            // Written as JTS compares (dcmpg/dcmpl), so a NaN takes the same branch.
            if (cell.maxDist < best.distance) {
                break;
            }
            if (cell.distance > best.distance) {
                best = cell;
            }
            double potentialIncrease = cell.maxDist - best.distance;
            if (potentialIncrease > tolerance) {
                double h = cell.hSide / 2.0;
                queue.add(cell(cell.x - h, cell.y - h, h));
                queue.add(cell(cell.x + h, cell.y - h, h));
                queue.add(cell(cell.x - h, cell.y + h, h));
                queue.add(cell(cell.x + h, cell.y + h, h));
            }
        }
        return best;
    }

    private Cell cell(double x, double y, double hSide) {
        return new Cell(x, y, hSide, distance.at(x, y));
    }

    /** A square cell; ordered as JTS orders its cells (greatest bound first, Double.compare). */
    private static final class Cell implements Comparable<Cell> {
        final double x;
        final double y;
        final double hSide;
        final double distance;
        final double maxDist;

        Cell(double x, double y, double hSide, double distance) {
            this.x = x;
            this.y = y;
            this.hSide = hSide;
            this.distance = distance;
            this.maxDist = distance + hSide * SQRT2;
        }

        @Override
        public int compareTo(Cell other) {
            return -Double.compare(maxDist, other.maxDist);
        }
    }

    /** Distance to the boundary, negative outside the area (boundary points count as inside). */
    private interface SignedDistance {
        double at(double x, double y);
    }

    /** Every segment of every ring, looked at in turn; for parcels with few vertices. */
    private static final class BruteForceDistance implements SignedDistance {
        private final Coordinate[] from;
        private final Coordinate[] to;
        private final Coordinate probe = new Coordinate();

        BruteForceDistance(Geometry polygonal) {
            List<Coordinate> a = new ArrayList<>();
            List<Coordinate> b = new ArrayList<>();
            for (int p = 0; p < polygonal.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) polygonal.getGeometryN(p);
                if (polygon.isEmpty()) {
                    continue;
                }
                addRing(polygon.getExteriorRing().getCoordinates(), a, b);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    addRing(polygon.getInteriorRingN(h).getCoordinates(), a, b);
                }
            }
            this.from = a.toArray(new Coordinate[0]);
            this.to = b.toArray(new Coordinate[0]);
        }

        private static void addRing(Coordinate[] ring, List<Coordinate> a, List<Coordinate> b) {
            for (int i = 1; i < ring.length; i++) {
                a.add(ring[i - 1]);
                b.add(ring[i]);
            }
        }

        @Override
        public double at(double x, double y) {
            Coordinate p = probe;
            p.x = x;
            p.y = y;
            double min = Double.MAX_VALUE;
            RayCrossingCounter crossings = new RayCrossingCounter(p);
            for (int i = 0; i < from.length; i++) {
                double d = Distance.pointToSegment(p, from[i], to[i]);
                if (d < min) {
                    min = d;
                }
                crossings.countSegment(from[i], to[i]);
            }
            return crossings.getLocation() == Location.EXTERIOR ? -min : min;
        }
    }

    /** JTS's own indexes, exactly as MaximumInscribedCircle uses them; for large polygons. */
    private static final class IndexedDistance implements SignedDistance {
        private final GeometryFactory factory;
        private final IndexedPointInAreaLocator locator;
        private final IndexedFacetDistance boundaryDistance;

        IndexedDistance(Geometry polygonal) {
            this.factory = polygonal.getFactory();
            this.locator = new IndexedPointInAreaLocator(polygonal);
            this.boundaryDistance = new IndexedFacetDistance(polygonal.getBoundary());
        }

        @Override
        public double at(double x, double y) {
            Point p = factory.createPoint(new Coordinate(x, y));
            double d = boundaryDistance.distance(p);
            return locator.locate(p.getCoordinate()) == Location.EXTERIOR ? -d : d;
        }
    }
}
