package vn.landinfo.cadastre.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * Upgrading JTS means re-checking that test: docs/decisions/0008-stable-national-parcel-id.md promises anyone can recompute
 * the pole with JTS.
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
        double[] best = new PoleOfInaccessibility(polygonal).search(tolerance);
        return polygonal.getFactory().createPoint(new Coordinate(best[0], best[1]));
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

    /** The branch-and-bound of JTS 1.20.0's compute(); returns the best cell's centre {x, y}. */
    private double[] search(double tolerance) {
        CellQueue queue = new CellQueue();
        Envelope env = polygonal.getEnvelopeInternal();
        double side = Math.max(env.getWidth(), env.getHeight());
        if (side != 0) {
            Coordinate c = env.centre();
            addCell(queue, c.x, c.y, side / 2.0);
        }
        Point interior = polygonal.getInteriorPoint();
        double bestX = interior.getX();
        double bestY = interior.getY();
        double bestDistance = distance.at(bestX, bestY);
        long maxIterations = maximumIterations(polygonal, tolerance);
        long iterations = 0;
        while (!queue.isEmpty() && iterations < maxIterations) {
            iterations++;
            int cell = queue.remove();
            double maxDist = queue.maxDist(cell);
            double cellDistance = queue.distance(cell);
            // Written as JTS compares (dcmpg/dcmpl), so a NaN takes the same branch.
            if (maxDist < bestDistance) {
                break;
            }
            double x = queue.x(cell);
            double y = queue.y(cell);
            if (cellDistance > bestDistance) {
                bestX = x;
                bestY = y;
                bestDistance = cellDistance;
            }
            double potentialIncrease = maxDist - bestDistance;
            if (potentialIncrease > tolerance) {
                double h = queue.hSide(cell) / 2.0;
                addCell(queue, x - h, y - h, h);
                addCell(queue, x + h, y - h, h);
                addCell(queue, x - h, y + h, h);
                addCell(queue, x + h, y + h, h);
            }
        }
        return new double[] {bestX, bestY};
    }

    private void addCell(CellQueue queue, double x, double y, double hSide) {
        double d = distance.at(x, y);
        queue.add(x, y, hSide, d, d + hSide * SQRT2);
    }

    /**
     * JTS keeps its cells in a {@link java.util.PriorityQueue} ordered by {@code -Double.compare} of
     * the bound; which of two equal bounds comes out first depends on that heap's exact sift steps.
     * This is the same binary heap (the JDK's siftUp/siftDown, step for step) over primitive arrays,
     * so ties break identically without an object per cell.
     */
    static final class CellQueue {
        private double[] xs = new double[256];
        private double[] ys = new double[256];
        private double[] hSides = new double[256];
        private double[] distances = new double[256];
        private double[] maxDists = new double[256];
        private int cells;
        /** Heap of cell numbers, with each entry's bound alongside so sifting reads one array. */
        private int[] heap = new int[256];
        private double[] keys = new double[256];
        private int size;

        boolean isEmpty() {
            return size == 0;
        }

        double x(int cell) {
            return xs[cell];
        }

        double y(int cell) {
            return ys[cell];
        }

        double hSide(int cell) {
            return hSides[cell];
        }

        double distance(int cell) {
            return distances[cell];
        }

        double maxDist(int cell) {
            return maxDists[cell];
        }

        void add(double x, double y, double hSide, double distance, double maxDist) {
            if (cells == xs.length) {
                int n = cells * 2;
                xs = Arrays.copyOf(xs, n);
                ys = Arrays.copyOf(ys, n);
                hSides = Arrays.copyOf(hSides, n);
                distances = Arrays.copyOf(distances, n);
                maxDists = Arrays.copyOf(maxDists, n);
            }
            int cell = cells++;
            xs[cell] = x;
            ys[cell] = y;
            hSides[cell] = hSide;
            distances[cell] = distance;
            maxDists[cell] = maxDist;
            if (size == heap.length) {
                heap = Arrays.copyOf(heap, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            // PriorityQueue.siftUpComparable: stop when key.compareTo(parent) >= 0.
            int k = size++;
            while (k > 0) {
                int parent = (k - 1) >>> 1;
                if (before(maxDist, keys[parent])) {
                    heap[k] = heap[parent];
                    keys[k] = keys[parent];
                    k = parent;
                } else {
                    break;
                }
            }
            heap[k] = cell;
            keys[k] = maxDist;
        }

        /** PriorityQueue.poll: take the root, sift the last entry down from it. */
        int remove() {
            int result = heap[0];
            int n = --size;
            if (n > 0) {
                int cell = heap[n];
                double key = keys[n];
                int k = 0;
                int half = n >>> 1;
                while (k < half) {
                    int child = (k << 1) + 1;
                    int right = child + 1;
                    if (right < n && before(keys[right], keys[child])) {
                        child = right;
                    }
                    if (!before(keys[child], key)) {
                        break;
                    }
                    heap[k] = heap[child];
                    keys[k] = keys[child];
                    k = child;
                }
                heap[k] = cell;
                keys[k] = key;
            }
            return result;
        }

        /** a's cell strictly precedes b's in JTS's order: compareTo(a, b) < 0, i.e. a's bound is greater. */
        private static boolean before(double a, double b) {
            return Double.compare(a, b) > 0;
        }
    }

    /** Distance to the boundary, negative outside the area (boundary points count as inside). */
    private interface SignedDistance {
        double at(double x, double y);
    }

    /**
     * Every segment of every ring, looked at in turn; for parcels with few vertices. Each segment's
     * distance is first estimated with a square root instead of {@link Math#hypot} (which costs ten
     * times more); {@link Distance#pointToSegment} then runs only on the segments whose estimate is
     * within a margin of the smallest. The estimate and JTS's value differ by rounding only (about
     * 1e-16 of the probe's distance to the segment's ends, far below the margin), so the segment JTS
     * would find nearest is always among them and the minimum is the same double.
     */
    private static final class BruteForceDistance implements SignedDistance {
        private final Coordinate[] from;
        private final Coordinate[] to;
        private final double[] estimates;
        /** Per segment: start, direction, squared length and inverse length, for the estimate. */
        private final double[] ax;
        private final double[] ay;
        private final double[] dx;
        private final double[] dy;
        private final double[] len2;
        private final double[] invLen;
        private final double margin;
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
            int n = from.length;
            this.estimates = new double[n];
            this.ax = new double[n];
            this.ay = new double[n];
            this.dx = new double[n];
            this.dy = new double[n];
            this.len2 = new double[n];
            this.invLen = new double[n];
            for (int i = 0; i < n; i++) {
                ax[i] = from[i].x;
                ay[i] = from[i].y;
                dx[i] = to[i].x - from[i].x;
                dy[i] = to[i].y - from[i].y;
                len2[i] = dx[i] * dx[i] + dy[i] * dy[i];
                invLen[i] = len2[i] > 0 ? 1 / Math.sqrt(len2[i]) : 0;
            }
            // Probes stay within the envelope's cell, so no probe is farther than about one diameter from a vertex.
            this.margin = 1e-9 * (polygonal.getEnvelopeInternal().getDiameter() + 1);
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
            double smallest = Double.MAX_VALUE;
            RayCrossingCounter crossings = new RayCrossingCounter(p);
            for (int i = 0; i < from.length; i++) {
                double e = estimate(i, x, y);
                estimates[i] = e;
                if (e < smallest) {
                    smallest = e;
                }
                crossings.countSegment(from[i], to[i]);
            }
            double limit = smallest + margin;
            double min = Double.MAX_VALUE;
            for (int i = 0; i < from.length; i++) {
                if (estimates[i] <= limit) {
                    double d = Distance.pointToSegment(p, from[i], to[i]);
                    if (d < min) {
                        min = d;
                    }
                }
            }
            return crossings.getLocation() == Location.EXTERIOR ? -min : min;
        }

        /**
         * Distance from (x, y) to segment i without hypot or division. Near the ends of the projection
         * the branch may differ from JTS's by rounding, but the distance is continuous there.
         */
        private double estimate(int i, double x, double y) {
            double px = x - ax[i];
            double py = y - ay[i];
            double dot = px * dx[i] + py * dy[i];
            if (dot <= 0 || len2[i] == 0) {
                return Math.sqrt(px * px + py * py);
            }
            if (dot >= len2[i]) {
                double qx = px - dx[i];
                double qy = py - dy[i];
                return Math.sqrt(qx * qx + qy * qy);
            }
            return Math.abs(px * dy[i] - py * dx[i]) * invLen[i];
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
