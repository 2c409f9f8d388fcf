package vn.landinfo.demo.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.Angle;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.precision.MinimumClearance;

/**
 * Gives a noded partition shapes a surveyor would accept: no corner sharper than {@link #MIN_ANGLE_DEGREES}
 * and no vertex closer than {@link #MIN_CLEARANCE_M} to another part of its own parcel's boundary
 * (docs/decisions/0081-shapes-a-surveyor-accepts.md). Cutting a wiggly boundary with straight lines on a
 * 1 mm grid leaves needle corners and spikes where a cut passes a few millimetres from a vertex; they are
 * repaired on the shared linework, so neighbours keep sharing their vertices exactly:
 * <ul>
 *   <li>a vertex on a boundary between at most two parcels (no third parcel meets it) is removed from both
 *       rings, straightening the shared edge;</li>
 *   <li>a vertex within {@link #MIN_CLEARANCE_M} of the next vertex is moved onto it in every ring that has it
 *       (two nodes a few millimetres apart become one).</li>
 * </ul>
 * A repair is kept only when every parcel it touches stays a valid polygon. Parcels are plain lists of rings
 * here; the geometry is rebuilt from them.
 */
final class SurveyorShapes {

    static final double MIN_CLEARANCE_M = 0.05;
    static final double MIN_ANGLE_DEGREES = 5;
    private static final int MAX_PASSES = 6;

    private final GeometryFactory factory;
    private final List<Geometry> geometry;
    /** Parcel index → its polygons → their rings (shell first), each ring closed. */
    private final List<List<List<List<Coordinate>>>> rings = new ArrayList<>();
    /** Which parcels hold a vertex at a coordinate (every coordinate is on the 1 mm grid, so equal means shared). */
    private final Map<Coordinate, Set<Integer>> parcelsAt = new HashMap<>();

    private SurveyorShapes(List<Geometry> geometry, GeometryFactory factory) {
        this.geometry = geometry;
        this.factory = factory;
        for (int i = 0; i < geometry.size(); i++) {
            Geometry g = geometry.get(i);
            List<List<List<Coordinate>>> polygons = new ArrayList<>();
            if (g != null) {
                for (int p = 0; p < g.getNumGeometries(); p++) {
                    Polygon polygon = (Polygon) g.getGeometryN(p);
                    List<List<Coordinate>> r = new ArrayList<>();
                    r.add(new ArrayList<>(List.of(polygon.getExteriorRing().getCoordinates())));
                    for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                        r.add(new ArrayList<>(List.of(polygon.getInteriorRingN(h).getCoordinates())));
                    }
                    polygons.add(r);
                }
                for (Coordinate c : g.getCoordinates()) {
                    parcelsAt.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(i);
                }
            }
            rings.add(polygons);
        }
    }

    /** Repairs the parcels in place (null entries are vanished pieces and stay null). */
    static void repair(List<Geometry> geometry, GeometryFactory factory) {
        SurveyorShapes shapes = new SurveyorShapes(geometry, factory);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int repaired = 0;
            for (int i = 0; i < geometry.size(); i++) {
                if (geometry.get(i) != null && !acceptable(geometry.get(i))) {
                    repaired += shapes.repairParcel(i);
                }
            }
            if (repaired == 0) {
                return;
            }
        }
    }

    /** What the tests check: every corner sharper than 5° and every clearance under 5 cm is a defect. */
    static boolean acceptable(Geometry g) {
        return MinimumClearance.getDistance(g) >= MIN_CLEARANCE_M && minimumAngleDegrees(g) > MIN_ANGLE_DEGREES;
    }

    /** The smallest interior angle of any ring of the parcel, in degrees. */
    static double minimumAngleDegrees(Geometry g) {
        double min = 360;
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) g.getGeometryN(p);
            min = Math.min(min, minimumAngle(polygon.getExteriorRing().getCoordinates(), true));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                min = Math.min(min, minimumAngle(polygon.getInteriorRingN(h).getCoordinates(), false));
            }
        }
        return min;
    }

    private static double minimumAngle(Coordinate[] ring, boolean shell) {
        int n = ring.length - 1;
        // Interior angles of a shell walked clockwise, of a hole walked counter-clockwise, lie inside the polygon.
        boolean clockwise = !Orientation.isCCW(ring);
        boolean reverse = shell != clockwise;
        double min = 360;
        for (int k = 0; k < n; k++) {
            Coordinate a = ring[(k + n - 1) % n];
            Coordinate v = ring[k];
            Coordinate b = ring[(k + 1) % n];
            double angle = reverse ? Angle.interiorAngle(b, v, a) : Angle.interiorAngle(a, v, b);
            min = Math.min(min, Math.toDegrees(angle));
        }
        return min;
    }

    /** Tries the repairs at every defective vertex of parcel i; returns how many were kept. */
    private int repairParcel(int i) {
        int kept = 0;
        for (Coordinate v : defectiveVertices(i)) {
            if (!parcelsAt.containsKey(v)) {
                continue;
            }
            if (removeVertex(v) || mergeIntoNeighbour(v)) {
                kept++;
            }
        }
        return kept;
    }

    /**
     * Vertices of parcel i at a needle corner or spike, too close to the next vertex, or at either end of the
     * minimum clearance.
     */
    private List<Coordinate> defectiveVertices(int i) {
        Set<Coordinate> out = new LinkedHashSet<>();
        for (List<List<Coordinate>> polygon : rings.get(i)) {
            for (int r = 0; r < polygon.size(); r++) {
                List<Coordinate> ring = polygon.get(r);
                int n = ring.size() - 1;
                Coordinate[] array = ring.toArray(Coordinate[]::new);
                boolean reverse = (r == 0) != !Orientation.isCCW(array);
                for (int k = 0; k < n; k++) {
                    Coordinate a = ring.get((k + n - 1) % n);
                    Coordinate v = ring.get(k);
                    Coordinate b = ring.get((k + 1) % n);
                    double angle = Math.toDegrees(reverse ? Angle.interiorAngle(b, v, a) : Angle.interiorAngle(a, v, b));
                    if (angle <= MIN_ANGLE_DEGREES || angle >= 360 - MIN_ANGLE_DEGREES || v.distance(b) < MIN_CLEARANCE_M) {
                        out.add(v);
                    }
                }
            }
        }
        Geometry g = geometry.get(i);
        MinimumClearance clearance = new MinimumClearance(g);
        if (clearance.getDistance() < MIN_CLEARANCE_M) {
            for (Coordinate c : clearance.getLine().getCoordinates()) {
                Coordinate snapped = new Coordinate(c);
                factory.getPrecisionModel().makePrecise(snapped);
                if (parcelsAt.containsKey(snapped)) {
                    out.add(snapped);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Removes v from every ring that has it, when it lies on an edge between at most two parcels. */
    private boolean removeVertex(Coordinate v) {
        Set<Integer> holders = parcelsAt.get(v);
        if (holders.size() > 2) {
            return false;
        }
        Coordinate[] pair = null;
        int occurrences = 0;
        for (int j : holders) {
            for (List<List<Coordinate>> polygon : rings.get(j)) {
                for (List<Coordinate> ring : polygon) {
                    int n = ring.size() - 1;
                    for (int k = 0; k < n; k++) {
                        if (ring.get(k).equals2D(v)) {
                            occurrences++;
                            Coordinate a = ring.get((k + n - 1) % n);
                            Coordinate b = ring.get((k + 1) % n);
                            if (pair == null) {
                                pair = new Coordinate[] {a, b};
                            } else if (!(a.equals2D(pair[0]) && b.equals2D(pair[1]) || a.equals2D(pair[1]) && b.equals2D(pair[0]))) {
                                return false; // a third edge meets v: it is a node, not a bend of one shared edge
                            }
                            if (n <= 3) {
                                return false; // a triangle cannot lose a corner
                            }
                        }
                    }
                }
            }
        }
        if (occurrences == 0 || occurrences > holders.size()) {
            return false;
        }
        return apply(v, holders, null);
    }

    /** Moves v onto its nearest neighbouring vertex in every ring that has it, when that one is closer than the clearance. */
    private boolean mergeIntoNeighbour(Coordinate v) {
        Set<Integer> holders = parcelsAt.get(v);
        Coordinate target = null;
        double nearest = MIN_CLEARANCE_M;
        for (int j : holders) {
            for (List<List<Coordinate>> polygon : rings.get(j)) {
                for (List<Coordinate> ring : polygon) {
                    int n = ring.size() - 1;
                    for (int k = 0; k < n; k++) {
                        if (ring.get(k).equals2D(v)) {
                            for (Coordinate w : new Coordinate[] {ring.get((k + n - 1) % n), ring.get((k + 1) % n)}) {
                                double d = v.distance(w);
                                if (d < nearest) {
                                    nearest = d;
                                    target = w;
                                }
                            }
                        }
                    }
                }
            }
        }
        return target != null && apply(v, holders, target);
    }

    /**
     * Replaces v by {@code target} (or drops it when target is null) in the rings of the holders; keeps the
     * change only when every changed parcel is still a valid polygon of the same number of parts.
     */
    private boolean apply(Coordinate v, Set<Integer> holders, Coordinate target) {
        Map<Integer, List<List<List<Coordinate>>>> changed = new HashMap<>();
        Map<Integer, Geometry> rebuilt = new HashMap<>();
        for (int j : holders) {
            List<List<List<Coordinate>>> polygons = new ArrayList<>();
            for (List<List<Coordinate>> polygon : rings.get(j)) {
                List<List<Coordinate>> rs = new ArrayList<>();
                for (List<Coordinate> ring : polygon) {
                    List<Coordinate> out = new ArrayList<>(ring.size());
                    for (int k = 0; k < ring.size() - 1; k++) {
                        Coordinate c = ring.get(k).equals2D(v) ? target : ring.get(k);
                        if (c != null && (out.isEmpty() || !out.get(out.size() - 1).equals2D(c))) {
                            out.add(c);
                        }
                    }
                    while (out.size() > 1 && out.get(out.size() - 1).equals2D(out.get(0))) {
                        out.remove(out.size() - 1);
                    }
                    if (out.size() < 3) {
                        return false;
                    }
                    out.add(out.get(0));
                    rs.add(out);
                }
                polygons.add(rs);
            }
            Geometry g = build(polygons);
            if (g == null || !g.isValid() || g.getNumGeometries() != geometry.get(j).getNumGeometries()) {
                return false;
            }
            changed.put(j, polygons);
            rebuilt.put(j, g);
        }
        for (int j : holders) {
            rings.set(j, changed.get(j));
            geometry.set(j, rebuilt.get(j));
        }
        Set<Integer> moved = parcelsAt.remove(v);
        if (target != null) {
            parcelsAt.computeIfAbsent(target, k -> new LinkedHashSet<>()).addAll(moved);
        }
        return true;
    }

    private Geometry build(List<List<List<Coordinate>>> polygons) {
        Polygon[] parts = new Polygon[polygons.size()];
        for (int p = 0; p < parts.length; p++) {
            List<List<Coordinate>> rs = polygons.get(p);
            LinearRing shell = factory.createLinearRing(rs.get(0).toArray(Coordinate[]::new));
            LinearRing[] holes = new LinearRing[rs.size() - 1];
            for (int h = 1; h < rs.size(); h++) {
                holes[h - 1] = factory.createLinearRing(rs.get(h).toArray(Coordinate[]::new));
            }
            parts[p] = factory.createPolygon(shell, holes);
        }
        return parts.length == 1 ? parts[0] : factory.createMultiPolygon(parts);
    }
}
