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
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * The centre of the maximum inscribed circle, bit-identical to JTS 1.20.0
 * {@code MaximumInscribedCircle.getCenter(g, tolerance)} but several times faster on parcels.
 *
 * <p>Why: a cadastral lot has 4–12 vertices and its pole lies on a ridge, so thousands of cells are
 * refined down to 1 cm (a road or a canal, a long strip, runs to the iteration cap: tens of thousands);
 * JTS answers each cell through an STR-tree nearest-neighbour search and an interval-indexed point
 * locator, which on a dozen segments cost far more than looking at every segment. This class runs the
 * same branch-and-bound (same initial cell, same interior-point seed, same priority order and
 * tie-breaking, same child order, same iteration cap, same termination) and only replaces how one cell's
 * signed distance is obtained:
 * <ul>
 *   <li>distance: the minimum of {@link Distance#pointToSegment} over the boundary segments — the
 *       function JTS's facet sequences evaluate, so the minimum is the same double — taken over every
 *       segment of a small polygon ({@link BruteForceDistance}) or over the segments near the probe of a
 *       larger one ({@link BucketedDistance});</li>
 *   <li>side: one {@link RayCrossingCounter} fed every ring segment — the counter the indexed locator
 *       feeds the segments whose y-range holds the point; the others cannot change its state, so the
 *       location (exterior or not) is the same, holes and multipolygon parts included — or, for larger
 *       polygons, JTS's indexed locator itself.</li>
 * </ul>
 * and skips the side test where it is already known: the children of a cell whose centre is farther from the
 * boundary than they are lie on its side (most cells of a deep search, refined round the pole inside the parcel).
 * {@code PoleOfInaccessibilityTest} checks equality with JTS on tens of thousands of shapes.
 * Upgrading JTS means re-checking that test: docs/decisions/0008-stable-national-parcel-id.md promises anyone can recompute
 * the pole with JTS.
 *
 * <p>An instance keeps its cell queue from one polygon to the next, so a thread computing many poles (the demo
 * load computes one per parcel) does not grow and drop a queue of tens of thousands of cells each time; an
 * instance is for one thread at a time.
 */
public final class PoleOfInaccessibility {

    /** Above this many boundary segments, looking only at those near the probe beats looking at all. */
    static final int BRUTE_FORCE_MAX_SEGMENTS = 16;

    /** The constant JTS's cell uses for its half-diagonal bound. */
    private static final double SQRT2 = 1.4142135623730951;

    /** At most four cells per iteration, so at most a few MB even for a commune-sized polygon. */
    private final CellQueue queue = new CellQueue();

    /** The pole of a Polygon or MultiPolygon to within {@code tolerance}, in the geometry's factory. */
    public static Point centre(Geometry polygonal, double tolerance) {
        return new PoleOfInaccessibility().find(polygonal, tolerance);
    }

    /** As {@link #centre}, reusing this instance's work space. */
    public Point find(Geometry polygonal, double tolerance) {
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("Tolerance must be positive");
        }
        if (!(polygonal instanceof Polygon || polygonal instanceof MultiPolygon)) {
            throw new IllegalArgumentException("Input geometry must be a Polygon or MultiPolygon");
        }
        if (polygonal.isEmpty()) {
            throw new IllegalArgumentException("Empty input geometry is not supported");
        }
        SignedDistance distance = signedDistance(polygonal);
        queue.clear();
        double[] best = search(polygonal, distance, queue, tolerance);
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

    /**
     * The branch-and-bound of JTS 1.20.0's compute(); returns the best cell's centre {x, y}. One shortcut, which
     * changes no result: a cell whose centre lies farther from the boundary than its children's centres (h·√2 away)
     * has them on its own side, inside or outside, so their distances skip the point-in-polygon test. The
     * distances are the same doubles (the minimum is computed as before) and the side is the one the test would
     * find; a margin ({@link #sideMargin}) far above the rounding of distances and coordinates keeps a child near
     * that bound on the full test.
     */
    private static double[] search(Geometry polygonal, SignedDistance distance, CellQueue queue, double tolerance) {
        Envelope env = polygonal.getEnvelopeInternal();
        double sideMargin = sideMargin(env);
        double side = Math.max(env.getWidth(), env.getHeight());
        if (side != 0) {
            Coordinate c = env.centre();
            addCell(queue, distance, c.x, c.y, side / 2.0);
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
                int childSide = sideOfChildren(cellDistance, h, sideMargin);
                addCell(queue, distance, x - h, y - h, h, childSide);
                addCell(queue, distance, x + h, y - h, h, childSide);
                addCell(queue, distance, x - h, y + h, h, childSide);
                addCell(queue, distance, x + h, y + h, h, childSide);
            }
        }
        return new double[] {bestX, bestY};
    }

    private static void addCell(CellQueue queue, SignedDistance distance, double x, double y, double hSide) {
        addCell(queue, distance, x, y, hSide, UNKNOWN);
    }

    private static void addCell(CellQueue queue, SignedDistance distance, double x, double y, double hSide, int side) {
        double d = distance.at(x, y, side);
        queue.add(x, y, hSide, d, d + hSide * SQRT2);
    }

    /**
     * The side of the four children (centres h away along both axes) of a cell whose centre has signed distance d:
     * {@link #INSIDE} or {@link #OUTSIDE} when the boundary is farther from the centre than they are, by more than the
     * margin; else {@link #UNKNOWN}. The open disc of radius |d| round the centre holds no boundary point, so every
     * point in it lies on the centre's side.
     */
    static int sideOfChildren(double d, double h, double margin) {
        double reach = h * SQRT2 + margin;
        return d > reach ? INSIDE : d < -reach ? OUTSIDE : UNKNOWN;
    }

    /**
     * How much farther than its children the boundary must be from a cell's centre before their side is taken from
     * it: a billionth of the coordinates' magnitude (2.6 mm at a TM-3 northing of 2,600 km). A distance or a child's
     * centre is off by a few units in the last place of the coordinates (about 1e-9 m there), a million times less.
     */
    static double sideMargin(Envelope env) {
        double magnitude = Math.max(Math.max(Math.abs(env.getMinX()), Math.abs(env.getMaxX())),
            Math.max(Math.abs(env.getMinY()), Math.abs(env.getMaxY())));
        return 1e-9 * (magnitude + env.getDiameter() + 1);
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

        /** Empties the queue, keeping its arrays. */
        void clear() {
            cells = 0;
            size = 0;
        }

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

    /** A probe's side, when known without a point-in-polygon test ({@link #sideOfChildren}). */
    static final int UNKNOWN = 0;
    static final int INSIDE = 1;
    static final int OUTSIDE = -1;

    /** Distance to the boundary, negative outside the area (boundary points count as inside). */
    interface SignedDistance {
        default double at(double x, double y) {
            return at(x, y, UNKNOWN);
        }

        /** As {@link #at(double, double)}, for a probe whose side is {@code side} ({@link #UNKNOWN}: to be found). */
        double at(double x, double y, int side);
    }

    /** The signed distance this class uses for a polygon: brute force for a few vertices, bucketed above. */
    static SignedDistance signedDistance(Geometry polygonal) {
        Segments segments = new Segments(polygonal);
        return segments.size() <= BRUTE_FORCE_MAX_SEGMENTS ? new BruteForceDistance(segments) : new BucketedDistance(segments, polygonal);
    }

    /**
     * The boundary segments of a polygon, with what a probe's distance to them needs. A segment's distance is first
     * estimated with a square root instead of {@link Math#hypot} (which costs ten times more); the exact distance
     * is then computed only for the segments whose estimate is within {@link #margin} of the smallest. The
     * estimate and JTS's value differ by rounding only (about 1e-16 of the probe's distance to the segment's ends,
     * far below the margin), so the segment JTS would find nearest is always among them and the minimum is the
     * same double.
     *
     * <p>The exact distance is {@link Distance#pointToSegment}'s arithmetic, operation for operation
     * ({@code PoleOfInaccessibilityTest} compares the two bit for bit), with one saving: where the nearest
     * point is a vertex, its distance ({@code Math.hypot}, the costly part) is computed once per probe,
     * although the two segments that meet there both ask for it.
     */
    static final class Segments {
        final Coordinate[] from;
        final Coordinate[] to;
        /** Per segment: start, end, direction, squared length and inverse length. */
        final double[] ax;
        final double[] ay;
        final double[] bx;
        final double[] by;
        final double[] dx;
        final double[] dy;
        final double[] len2;
        final double[] invLen;
        /** Per segment: the vertex numbers of its start and end (a ring's closing point is its first vertex). */
        private final int[] fromVertex;
        private final int[] toVertex;
        /** Per vertex: its distance to the probe numbered in {@code vertexProbe}. */
        private final double[] vertexDistance;
        private final int[] vertexProbe;
        private int probes;
        /** Probes stay within the envelope's cell, so no probe is farther than about one diameter from a vertex. */
        final double margin;

        Segments(Geometry polygonal) {
            List<Coordinate> a = new ArrayList<>();
            List<Coordinate> b = new ArrayList<>();
            List<int[]> vertices = new ArrayList<>();
            int[] vertexCount = {0};
            for (int p = 0; p < polygonal.getNumGeometries(); p++) {
                Polygon polygon = (Polygon) polygonal.getGeometryN(p);
                if (polygon.isEmpty()) {
                    continue;
                }
                addRing(polygon.getExteriorRing().getCoordinates(), a, b, vertices, vertexCount);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    addRing(polygon.getInteriorRingN(h).getCoordinates(), a, b, vertices, vertexCount);
                }
            }
            this.from = a.toArray(new Coordinate[0]);
            this.to = b.toArray(new Coordinate[0]);
            int n = from.length;
            this.ax = new double[n];
            this.ay = new double[n];
            this.bx = new double[n];
            this.by = new double[n];
            this.dx = new double[n];
            this.dy = new double[n];
            this.len2 = new double[n];
            this.invLen = new double[n];
            this.fromVertex = new int[n];
            this.toVertex = new int[n];
            for (int i = 0; i < n; i++) {
                ax[i] = from[i].x;
                ay[i] = from[i].y;
                bx[i] = to[i].x;
                by[i] = to[i].y;
                dx[i] = to[i].x - from[i].x;
                dy[i] = to[i].y - from[i].y;
                len2[i] = dx[i] * dx[i] + dy[i] * dy[i];
                invLen[i] = len2[i] > 0 ? 1 / Math.sqrt(len2[i]) : 0;
                fromVertex[i] = vertices.get(i)[0];
                toVertex[i] = vertices.get(i)[1];
            }
            this.vertexDistance = new double[vertexCount[0]];
            this.vertexProbe = new int[vertexCount[0]];
            this.margin = 1e-9 * (polygonal.getEnvelopeInternal().getDiameter() + 1);
        }

        private static void addRing(Coordinate[] ring, List<Coordinate> a, List<Coordinate> b, List<int[]> vertices, int[] count) {
            int first = count[0];
            int last = ring.length - 2;
            for (int i = 1; i < ring.length; i++) {
                a.add(ring[i - 1]);
                b.add(ring[i]);
                // The closing point equals the first, so its distance is the first vertex's.
                vertices.add(new int[] {first + i - 1, i - 1 == last ? first : first + i});
            }
            count[0] += Math.max(ring.length - 1, 1);
        }

        int size() {
            return from.length;
        }

        /** Starts a new probe: vertex distances computed for earlier probes no longer count. */
        void newProbe() {
            probes++;
        }

        /**
         * Distance from (x, y) to segment i without hypot or division. Near the ends of the projection
         * the branch may differ from JTS's by rounding, but the distance is continuous there.
         */
        double estimate(int i, double x, double y) {
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

        /**
         * {@link Distance#pointToSegment}(probe, from[i], to[i]), the same operations in the same order: a
         * degenerate segment or a projection outside it gives the distance to a vertex, else the distance to
         * the line.
         */
        double exact(int i, double px, double py) {
            double x0 = ax[i];
            double y0 = ay[i];
            double x1 = bx[i];
            double y1 = by[i];
            if (x0 == x1 && y0 == y1) {
                return vertexDistance(fromVertex[i], px - x0, py - y0);
            }
            double l2 = len2[i];
            double r = ((px - x0) * dx[i] + (py - y0) * dy[i]) / l2;
            if (r <= 0.0) {
                return vertexDistance(fromVertex[i], px - x0, py - y0);
            }
            if (r >= 1.0) {
                return vertexDistance(toVertex[i], px - x1, py - y1);
            }
            double s = ((y0 - py) * dx[i] - (x0 - px) * dy[i]) / l2;
            return Math.abs(s) * Math.sqrt(l2);
        }

        /** The probe's distance to a vertex ({@code Coordinate.distance}: hypot of the differences), once per probe. */
        private double vertexDistance(int vertex, double ddx, double ddy) {
            if (vertexProbe[vertex] != probes) {
                vertexProbe[vertex] = probes;
                vertexDistance[vertex] = Math.hypot(ddx, ddy);
            }
            return vertexDistance[vertex];
        }
    }

    /**
     * Every segment of every ring, looked at in turn; for parcels with few vertices. Side: one
     * {@link RayCrossingCounter} fed every ring segment — the counter JTS's indexed locator feeds the segments
     * whose y-range holds the point; the others cannot change its state, so the location (exterior or not) is
     * the same, holes and multipolygon parts included.
     */
    static final class BruteForceDistance implements SignedDistance {
        private final Segments segments;
        private final double[] estimates;
        private final Coordinate probe = new Coordinate();

        BruteForceDistance(Segments segments) {
            this.segments = segments;
            this.estimates = new double[segments.size()];
        }

        @Override
        public double at(double x, double y, int side) {
            Segments s = segments;
            Coordinate p = probe;
            p.x = x;
            p.y = y;
            double smallest = Double.MAX_VALUE;
            for (int i = 0; i < estimates.length; i++) {
                double e = s.estimate(i, x, y);
                estimates[i] = e;
                if (e < smallest) {
                    smallest = e;
                }
            }
            if (side == UNKNOWN) {
                RayCrossingCounter crossings = new RayCrossingCounter(p);
                for (int i = 0; i < estimates.length; i++) {
                    crossings.countSegment(s.from[i], s.to[i]);
                }
                side = crossings.getLocation() == Location.EXTERIOR ? OUTSIDE : INSIDE;
            }
            double limit = smallest + s.margin;
            double min = Double.MAX_VALUE;
            s.newProbe();
            for (int i = 0; i < estimates.length; i++) {
                if (estimates[i] <= limit) {
                    double d = s.exact(i, x, y);
                    if (d < min) {
                        min = d;
                    }
                }
            }
            return side == OUTSIDE ? -min : min;
        }
    }

    /**
     * For polygons with more vertices (roads and watercourses: long strips whose edges every neighbouring lot
     * splits): only the segments near the probe are looked at. The segment nearest the previous probe (probes
     * come in the order of the search, mostly close together) bounds the distance from above; a segment can
     * only be within the margin of the nearest if its extent along the polygon's longer axis comes within that
     * bound (plus twice the margin) of the probe, and buckets along that axis find those segments. The minimum
     * is then taken as in {@link BruteForceDistance}, over every segment that can reach it, so it is the same
     * double. Side: JTS's {@link IndexedPointInAreaLocator}, as JTS's own computation uses it.
     */
    static final class BucketedDistance implements SignedDistance {
        private final Segments segments;
        private final IndexedPointInAreaLocator locator;
        private final Coordinate probe = new Coordinate();
        private final boolean alongX;
        private final double origin;
        private final double step;
        /** Bucket b holds the segments whose extent along the axis meets [origin + b·step, origin + (b+1)·step]. */
        private final int[][] buckets;
        private final int[] seen;
        private int visit;
        private final int[] candidates;
        private final double[] estimates;
        private int hint;

        BucketedDistance(Segments segments, Geometry polygonal) {
            this.segments = segments;
            this.locator = new IndexedPointInAreaLocator(polygonal);
            Envelope env = polygonal.getEnvelopeInternal();
            this.alongX = env.getWidth() >= env.getHeight();
            this.origin = alongX ? env.getMinX() : env.getMinY();
            double extent = alongX ? env.getWidth() : env.getHeight();
            int n = segments.size();
            int count = Math.max(1, Math.min(n, 1024));
            this.step = extent > 0 ? extent / count : 1;
            int[] sizes = new int[count];
            for (int i = 0; i < n; i++) {
                for (int b = bucket(low(i), count); b <= bucket(high(i), count); b++) {
                    sizes[b]++;
                }
            }
            this.buckets = new int[count][];
            for (int b = 0; b < count; b++) {
                buckets[b] = new int[sizes[b]];
                sizes[b] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int b = bucket(low(i), count); b <= bucket(high(i), count); b++) {
                    buckets[b][sizes[b]++] = i;
                }
            }
            this.seen = new int[n];
            this.candidates = new int[n];
            this.estimates = new double[n];
        }

        private double low(int i) {
            return alongX ? Math.min(segments.ax[i], segments.bx[i]) : Math.min(segments.ay[i], segments.by[i]);
        }

        private double high(int i) {
            return alongX ? Math.max(segments.ax[i], segments.bx[i]) : Math.max(segments.ay[i], segments.by[i]);
        }

        /** The bucket of a position along the axis, clamped to the buckets there are (monotone in the position). */
        private int bucket(double position, int count) {
            double b = Math.floor((position - origin) / step);
            return b <= 0 ? 0 : b >= count - 1 ? count - 1 : (int) b;
        }

        @Override
        public double at(double x, double y, int side) {
            Segments s = segments;
            double bound = s.estimate(hint, x, y);
            double reach = bound + 2 * s.margin;
            double position = alongX ? x : y;
            int first = bucket(position - reach, buckets.length);
            int last = bucket(position + reach, buckets.length);
            int stamp = ++visit;
            int found = 0;
            double smallest = Double.MAX_VALUE;
            for (int b = first; b <= last; b++) {
                for (int i : buckets[b]) {
                    if (seen[i] == stamp) {
                        continue;
                    }
                    seen[i] = stamp;
                    double e = s.estimate(i, x, y);
                    candidates[found] = i;
                    estimates[found++] = e;
                    if (e < smallest) {
                        smallest = e;
                        hint = i;
                    }
                }
            }
            double limit = smallest + s.margin;
            double min = Double.MAX_VALUE;
            s.newProbe();
            for (int c = 0; c < found; c++) {
                if (estimates[c] <= limit) {
                    double d = s.exact(candidates[c], x, y);
                    if (d < min) {
                        min = d;
                    }
                }
            }
            if (side == UNKNOWN) {
                probe.x = x;
                probe.y = y;
                side = locator.locate(probe) == Location.EXTERIOR ? OUTSIDE : INSIDE;
            }
            return side == OUTSIDE ? -min : min;
        }
    }
}
