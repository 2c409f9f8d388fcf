package vn.landinfo.demo.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;

/**
 * The edges of a partition and how many rings run along each: two inside it, one on its outline. This is how
 * {@link SurveyorShapes} knows where the outline (the commune's boundary) is, and checks that a repair leaves it
 * where it is (docs/decisions/0110-repairs-keep-the-outline-and-the-lot-sizes.md). Parcels are lists of polygons,
 * each a list of closed rings, shell first.
 */
final class PartitionEdges {

    /**
     * How many rings run along each edge. Only looked up, never iterated, so hash order cannot reach the output.
     */
    private final Map<Edge, Integer> ringsAlong = new HashMap<>();
    /**
     * For an outline edge a repair made (a straight node slid away): how far, at most, the outline as it was lies
     * from it. The edges of the original outline are absent (0).
     */
    private final Map<Edge, Double> drift = new HashMap<>();
    /** How far, in metres, the outline may move in all. */
    private final double tolerance;

    PartitionEdges(double tolerance) {
        this.tolerance = tolerance;
    }

    /** Counts a parcel's rings in. */
    void add(List<List<List<Coordinate>>> polygons) {
        count(polygons, 1, ringsAlong);
    }

    /** Whether the edge p–q lies on the outline: only one ring runs along it. */
    boolean onOutline(Coordinate p, Coordinate q) {
        return ringsAlong.getOrDefault(Edge.of(p, q), 0) == 1;
    }

    /**
     * Whether a change leaves the outline where it is: either no outline edge comes or goes, or one stretch of it,
     * from p over straight nodes to q, becomes the edge p–q, and the outline as it was then lies within the
     * tolerance of it. Records that distance for the new edge, so nodes dropped one after another cannot add up to
     * more; a change found wanting records nothing.
     */
    boolean keepsOutline(Change change) {
        List<Edge> lost = new ArrayList<>();
        List<Edge> gained = new ArrayList<>();
        for (Map.Entry<Edge, Integer> e : change.delta.entrySet()) {
            int before = ringsAlong.getOrDefault(e.getKey(), 0);
            int after = before + e.getValue();
            if (before == 1 && after != 1) {
                lost.add(e.getKey());
            } else if (before != 1 && after == 1) {
                gained.add(e.getKey());
            }
        }
        if (lost.isEmpty() && gained.isEmpty()) {
            return true;
        }
        if (gained.size() != 1 || lost.size() < 2) {
            return false;
        }
        Edge chord = gained.get(0);
        Coordinate p = chord.a();
        Coordinate q = chord.b();
        // The lost edges must form one path from p to q: p and q end one edge each, every node between ends two.
        Map<Coordinate, Integer> ends = new LinkedHashMap<>();
        double worst = 0;
        for (Edge e : lost) {
            ends.merge(e.a(), 1, Integer::sum);
            ends.merge(e.b(), 1, Integer::sum);
            worst = Math.max(worst, drift.getOrDefault(e, 0.0));
        }
        if (ends.getOrDefault(p, 0) != 1 || ends.getOrDefault(q, 0) != 1 || ends.size() != lost.size() + 1) {
            return false;
        }
        double off = 0;
        for (Map.Entry<Coordinate, Integer> node : ends.entrySet()) {
            if (node.getValue() != 2 && !node.getKey().equals2D(p) && !node.getKey().equals2D(q)) {
                return false;
            }
            off = Math.max(off, Distance.pointToSegment(node.getKey(), p, q));
        }
        // Every point of the old stretch lies within `worst` of a lost edge, and each lost edge within `off` of p–q.
        if (worst + off > tolerance) {
            return false;
        }
        drift.put(chord, worst + off);
        return true;
    }

    /** Takes a kept change's edges into the counts. */
    void apply(Change change) {
        for (Map.Entry<Edge, Integer> e : change.delta.entrySet()) {
            int n = ringsAlong.getOrDefault(e.getKey(), 0) + e.getValue();
            if (n == 0) {
                ringsAlong.remove(e.getKey());
                drift.remove(e.getKey());
            } else {
                ringsAlong.put(e.getKey(), n);
            }
        }
    }

    /**
     * Rings a repair takes away and puts in: edge → rings gained or lost. Kept in insertion order, since
     * {@link #keepsOutline} walks it and the repair must come out the same on every machine.
     */
    static final class Change {
        private final Map<Edge, Integer> delta = new LinkedHashMap<>();

        Change remove(List<List<List<Coordinate>>> polygons) {
            count(polygons, -1, delta);
            return this;
        }

        Change add(List<List<List<Coordinate>>> polygons) {
            count(polygons, 1, delta);
            return this;
        }
    }

    /** Adds {@code sign} for every edge of the closed rings to {@code counts}. */
    private static void count(List<List<List<Coordinate>>> polygons, int sign, Map<Edge, Integer> counts) {
        for (List<List<Coordinate>> polygon : polygons) {
            for (List<Coordinate> ring : polygon) {
                for (int k = 0; k + 1 < ring.size(); k++) {
                    counts.merge(Edge.of(ring.get(k), ring.get(k + 1)), sign, Integer::sum);
                }
            }
        }
    }

    /** An edge between two vertices, either way round. */
    private record Edge(double ax, double ay, double bx, double by) {

        static Edge of(Coordinate p, Coordinate q) {
            return p.x < q.x || p.x == q.x && p.y <= q.y ? new Edge(p.x, p.y, q.x, q.y) : new Edge(q.x, q.y, p.x, p.y);
        }

        Coordinate a() {
            return new Coordinate(ax, ay);
        }

        Coordinate b() {
            return new Coordinate(bx, by);
        }
    }
}
