package vn.landinfo.demo.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.algorithm.Angle;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.relateng.RelateNG;
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
 *   <li>of two nodes closer than {@link #MIN_CLEARANCE_M}, one is moved onto the other in every ring that has
 *       it (two nodes a few millimetres apart become one).</li>
 * </ul>
 * A repair is kept only when every parcel it touches stays a valid polygon, stays within its {@link AreaRange}
 * (a residential lot stays 40–200 m²), and the partition's outline (the commune's boundary: the edges only one
 * parcel has) stays where it is: a node on the outline never moves, except a node on a straight stretch of it,
 * which may slide onto its neighbour there when the outline moves by no more than {@link #OUTLINE_TOLERANCE_M}
 * (docs/decisions/0110-repairs-keep-the-outline-and-the-lot-sizes.md). Parcels are plain lists of rings here;
 * the geometry is rebuilt from them.
 */
final class SurveyorShapes {

    static final double MIN_CLEARANCE_M = 0.05;
    static final double MIN_ANGLE_DEGREES = 5;
    /**
     * How far a repair may move the commune outline, in metres: 1 mm, the grid every coordinate is on. Where a cut
     * meets the outline, noding puts a node on the outline's edge, rounded to the grid (within 0.71 mm of the edge);
     * that node may slide along the edge onto a corner a few centimetres away, the outline itself does not move.
     */
    static final double OUTLINE_TOLERANCE_M = 0.001;
    /**
     * m²: how far the local repairs may take a parcel's area from its area as laid out. They mend thin features, so
     * what moves between neighbours is a thin triangle; without a bound a shave at the far end of a minimum
     * clearance could hand half a lot to its neighbour (a 65 m² lot became 33 m²).
     */
    static final double MAX_AREA_CHANGE_M2 = 1;
    /** Or this share of the parcel's area, if larger: a field's or a forest's defect sits on edges of tens of metres. */
    static final double MAX_AREA_CHANGE_SHARE = 0.001;
    /**
     * Passes run until one repairs nothing; this bounds them. Ten were too few: Phường Điện Biên Phủ (03127, 118,305
     * parcels) still repaired in its tenth pass and settled in its twelfth, with 2 defects left instead of 7.
     */
    private static final int MAX_PASSES = 50;
    /** DE-9IM: the interiors meet in an area (what the tests call an overlap). */
    private static final String INTERIORS_MEET = "2********";
    /** A neighbour with more vertices than this (a road, a canal) is prepared once and kept for the tests near it. */
    private static final int PREPARE_ABOVE_POINTS = 64;

    private final GeometryFactory factory;
    private final List<Geometry> geometry;
    /** Parcel index → the area band it must stay in (null for a vanished piece). */
    private final List<AreaRange> ranges;
    /** Parcel index → its polygons → their rings (shell first), each ring closed. */
    private final List<List<List<List<Coordinate>>>> rings = new ArrayList<>();
    /** Which parcels hold a vertex at a coordinate (every coordinate is on the 1 mm grid, so equal means shared). */
    private final Map<Coordinate, Set<Integer>> parcelsAt = new HashMap<>();
    /** How many rings run along each edge, and so where the partition's outline is. */
    private final PartitionEdges edges = new PartitionEdges(OUTLINE_TOLERANCE_M);
    /** Parcel index → its area as laid out, before the repair (after a join: the joined parcel's). */
    private final double[] laidOut;
    /**
     * Parcel index → the geometry last judged by {@link #acceptable} and the verdict: a pass looks at every parcel, but
     * only the few a repair changed need judging again (the minimum clearance is the costly part of a pass).
     */
    private final Geometry[] judged;
    private final boolean[] verdict;
    /** Parcel index → its geometry prepared for {@link #overlapsAnother} (large parcels only), and which geometry that was. */
    private final Geometry[] preparedFor;
    private final RelateNG[] preparedRelate;
    /** While {@link LastResort} commits: a change may move more than the local repairs' allowance. */
    boolean lastResort;

    private SurveyorShapes(List<Geometry> geometry, List<AreaRange> ranges, GeometryFactory factory) {
        this.geometry = geometry;
        this.ranges = ranges;
        this.factory = factory;
        this.laidOut = new double[geometry.size()];
        this.judged = new Geometry[geometry.size()];
        this.verdict = new boolean[geometry.size()];
        this.preparedFor = new Geometry[geometry.size()];
        this.preparedRelate = new RelateNG[geometry.size()];
        for (int i = 0; i < geometry.size(); i++) {
            Geometry g = geometry.get(i);
            List<List<List<Coordinate>>> polygons = new ArrayList<>();
            if (g != null) {
                polygons = ringsOf(g);
                for (Coordinate c : g.getCoordinates()) {
                    parcelsAt.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(i);
                }
                edges.add(polygons);
                laidOut[i] = g.getArea();
            }
            rings.add(polygons);
        }
    }

    private static List<List<List<Coordinate>>> ringsOf(Geometry g) {
        List<List<List<Coordinate>>> polygons = new ArrayList<>();
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) g.getGeometryN(p);
            List<List<Coordinate>> r = new ArrayList<>();
            r.add(new ArrayList<>(List.of(polygon.getExteriorRing().getCoordinates())));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                r.add(new ArrayList<>(List.of(polygon.getInteriorRingN(h).getCoordinates())));
            }
            polygons.add(r);
        }
        return polygons;
    }

    /**
     * Repairs the parcels in place (null entries are vanished pieces and stay null); {@code ranges} holds, per
     * parcel, the area band it must stay in.
     */
    static void repair(List<Geometry> geometry, List<AreaRange> ranges, GeometryFactory factory) {
        if (ranges.size() != geometry.size()) {
            throw new IllegalArgumentException("one area range per parcel");
        }
        SurveyorShapes shapes = new SurveyorShapes(geometry, ranges, factory);
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            int repaired = 0;
            for (int i = 0; i < geometry.size(); i++) {
                if (geometry.get(i) != null && !shapes.acceptable(i)) {
                    repaired += shapes.repairParcel(i);
                }
            }
            if (repaired == 0) {
                break;
            }
        }
        // What local repairs could not mend (a few in ten thousand) joins the neighbour it shares most boundary with.
        for (int i = 0; i < geometry.size(); i++) {
            if (geometry.get(i) != null && !shapes.acceptable(i)) {
                shapes.joinNeighbour(i);
            }
        }
        // What no join could take either (a handful in the default set, decision 0213): a lobe pinched off by a vertex
        // within a millimetre of its own parcel's edge goes to a neighbour, or a node too close to an edge moves onto
        // that edge's end.
        for (int i = 0; i < geometry.size(); i++) {
            if (geometry.get(i) != null && !acceptable(geometry.get(i))) {
                new LastResort(shapes, i).mend();
            }
        }
    }

    /**
     * The last resort alone, for parcel {@code i} of a small partition around it, every parcel in any band: what the seal
     * of commune borders uses when its snap made a parcel defective (decision 0220). Returns whether it mended it;
     * {@code geometry} then holds the changed parcels.
     */
    static boolean lastResort(List<Geometry> geometry, int i, GeometryFactory factory) {
        List<AreaRange> any = new ArrayList<>(Collections.nCopies(geometry.size(), AreaRange.ANY));
        return new LastResort(new SurveyorShapes(geometry, any, factory), i).mend();
    }

    /**
     * The last resort for a parcel that neither the local repairs nor a join could mend (decision 0213), tried at each
     * place where a vertex p of the parcel lies within {@link #MIN_CLEARANCE_M} of an edge a–b of the same ring, the
     * nearest first:
     * <ol>
     *   <li>the ring is pinched at p (a zero-width spike, or a lobe joined to the rest by a fraction of a millimetre):
     *       p goes into edge a–b, the ring splits there into two loops, the parcel keeps the larger one and the
     *       smaller goes to the neighbour it shares most boundary with; the neighbour across a–b takes p into that
     *       edge, so everyone keeps sharing vertices;</li>
     *   <li>p is a node near the end of a cut that meets the outline at a sliver angle: p moves onto a (or b) in every
     *       ring that has it, and the spike this leaves in a ring is dropped.</li>
     * </ol>
     * A needle corner with no such vertex is shaved as by the local repair, without its square metre; a corridor of zero
     * width between two rows of lots, which no single neighbour can take, is zipped shut ({@link CorridorZip}, decision 0220).
     * Like a join, the change only keeps every parcel in its band (no allowance), and it is made only when the parcel
     * becomes acceptable; everything else {@link #commit} checks (validity, parts, no parcel newly defective, no
     * overlap, the outline where it is) holds as for any repair.
     */
    private static final class LastResort {

        private final SurveyorShapes shapes;
        private final int parcel;

        LastResort(SurveyorShapes shapes, int parcel) {
            this.shapes = shapes;
            this.parcel = parcel;
        }

        /** A vertex k of ring r of polygon p within the clearance of the ring's edge m (from vertex m to m + 1). */
        private record Pinch(int polygon, int ring, int vertex, int edge, double distance) {
        }

        boolean mend() {
            shapes.lastResort = true;
            try {
                for (Pinch pinch : pinches()) {
                    if (pinch.ring() == 0 && cutLobe(pinch) || moveOntoEnd(pinch)) {
                        return true;
                    }
                }
                // A needle corner whose thin triangle is more than the local repairs' square metre (a lot's tip of 4.3°
                // between edges of 5.6 and 7.7 m): the shave, without that allowance.
                for (Coordinate v : shapes.defectiveVertices(parcel)) {
                    if (shapes.parcelsAt.containsKey(v) && shapes.shave(parcel, v)) {
                        return true;
                    }
                }
                return zipCorridor();
            } finally {
                shapes.lastResort = false;
            }
        }

        /**
         * A corridor of zero width between two rows of lots, its sides' vertices at different places (decision 0220):
         * zipped shut from its end, the lots of both rows meeting along one line.
         */
        private boolean zipCorridor() {
            Map<Integer, List<List<List<Coordinate>>>> around = new LinkedHashMap<>();
            around.put(parcel, shapes.rings.get(parcel));
            for (Coordinate c : shapes.geometry.get(parcel).getCoordinates()) {
                for (int j : shapes.parcelsAt.getOrDefault(c, Set.of())) {
                    around.putIfAbsent(j, shapes.rings.get(j));
                }
            }
            Map<Integer, List<List<List<Coordinate>>>> zipped = CorridorZip.zip(parcel, around);
            if (zipped == null) {
                return false;
            }
            Map<Integer, List<List<List<Coordinate>>>> changed = new LinkedHashMap<>();
            for (Map.Entry<Integer, List<List<List<Coordinate>>>> e : zipped.entrySet()) {
                if (!sameRings(e.getValue(), shapes.rings.get(e.getKey()))) {
                    changed.put(e.getKey(), e.getValue());
                }
            }
            if (!changed.containsKey(parcel)) {
                return false;
            }
            Geometry mine = geometryOf(changed.get(parcel));
            return mine != null && mine.isValid() && acceptable(mine) && shapes.commit(changed);
        }

        /** Whether open rings are the closed ones without their closing points. */
        private static boolean sameRings(List<List<List<Coordinate>>> open, List<List<List<Coordinate>>> closed) {
            if (open.size() != closed.size()) {
                return false;
            }
            for (int p = 0; p < open.size(); p++) {
                if (open.get(p).size() != closed.get(p).size()) {
                    return false;
                }
                for (int r = 0; r < open.get(p).size(); r++) {
                    List<Coordinate> c = closed.get(p).get(r);
                    if (!open.get(p).get(r).equals(c.subList(0, c.size() - 1))) {
                        return false;
                    }
                }
            }
            return true;
        }

        private List<Pinch> pinches() {
            List<Pinch> out = new ArrayList<>();
            List<List<List<Coordinate>>> polygons = shapes.rings.get(parcel);
            for (int p = 0; p < polygons.size(); p++) {
                for (int r = 0; r < polygons.get(p).size(); r++) {
                    List<Coordinate> ring = polygons.get(p).get(r);
                    int n = ring.size() - 1;
                    for (int k = 0; k < n; k++) {
                        for (int m = 0; m < n; m++) {
                            if (m == k || (m + 1) % n == k) {
                                continue;
                            }
                            double d = Distance.pointToSegment(ring.get(k), ring.get(m), ring.get(m + 1));
                            if (d < MIN_CLEARANCE_M) {
                                out.add(new Pinch(p, r, k, m, d));
                            }
                        }
                    }
                }
            }
            out.sort(Comparator.comparingDouble(Pinch::distance)); // stable: equal distances keep ring order
            return out;
        }

        private boolean cutLobe(Pinch pinch) {
            List<Coordinate> ring = shapes.rings.get(parcel).get(pinch.polygon()).get(0);
            int n = ring.size() - 1;
            Coordinate p = ring.get(pinch.vertex());
            Coordinate a = ring.get(pinch.edge());
            Coordinate b = ring.get(pinch.edge() + 1);
            if (p.equals2D(a) || p.equals2D(b)) {
                return false;
            }
            // The ring with p put into a–b, split at its two p's: p ... a, and p b ... (back to p).
            List<Coordinate> first = new ArrayList<>();
            for (int k = pinch.vertex(); k != (pinch.edge() + 1) % n; k = (k + 1) % n) {
                first.add(ring.get(k));
            }
            List<Coordinate> second = new ArrayList<>();
            second.add(p);
            for (int k = (pinch.edge() + 1) % n; k != pinch.vertex(); k = (k + 1) % n) {
                second.add(ring.get(k));
            }
            Polygon one = loop(first);
            Polygon two = loop(second);
            if (one == null || two == null) {
                return false;
            }
            boolean firstIsLobe = one.getArea() < two.getArea();
            Polygon lobe = firstIsLobe ? one : two;
            List<Coordinate> kept = firstIsLobe ? second : first;
            List<List<List<Coordinate>>> mine = copy(shapes.rings.get(parcel));
            mine.get(pinch.polygon()).set(0, kept);
            Geometry rest = geometryOf(mine);
            if (rest == null || !rest.isValid() || !acceptable(rest)) {
                return false;
            }
            // The neighbours across a–b take p into that edge.
            Map<Integer, List<List<List<Coordinate>>>> across = new LinkedHashMap<>();
            for (int j : shapes.parcelsAt.get(a)) {
                if (j != parcel && shapes.parcelsAt.get(b).contains(j)) {
                    List<List<List<Coordinate>>> inserted = withInserted(shapes.rings.get(j), a, b, p);
                    if (inserted != null) {
                        across.put(j, inserted);
                    }
                }
            }
            for (int j : byShared(lobe)) {
                List<List<List<Coordinate>>> base = across.getOrDefault(j, shapes.rings.get(j));
                Geometry before = geometryOf(base);
                if (before == null) {
                    continue;
                }
                Geometry merged = shapes.union(before, lobe);
                if (merged == null || merged.isEmpty() || !merged.isValid() || merged.getNumGeometries() > before.getNumGeometries()) {
                    continue;
                }
                Map<Integer, List<List<List<Coordinate>>>> changed = new LinkedHashMap<>();
                changed.put(parcel, mine);
                changed.putAll(across);
                changed.put(j, ringsOf(merged));
                if (shapes.commit(changed)) {
                    return true;
                }
            }
            return false;
        }

        /** The parcels other than this one holding a vertex of the lobe, by the length of boundary they share with it. */
        private List<Integer> byShared(Polygon lobe) {
            Set<Integer> around = new LinkedHashSet<>();
            for (Coordinate c : lobe.getCoordinates()) {
                around.addAll(shapes.parcelsAt.getOrDefault(c, Set.of()));
            }
            around.remove(parcel);
            List<double[]> shared = new ArrayList<>();
            for (int j : around) {
                Geometry other = shapes.geometry.get(j);
                if (other != null) {
                    shared.add(new double[] {j, OverlayNG.overlay(lobe.getBoundary(), other.getBoundary(), OverlayNG.INTERSECTION,
                        shapes.factory.getPrecisionModel()).getLength()});
                }
            }
            shared.sort((x, y) -> x[1] != y[1] ? Double.compare(y[1], x[1]) : Double.compare(x[0], y[0]));
            return shared.stream().map(x -> (int) x[0]).toList();
        }

        private boolean moveOntoEnd(Pinch pinch) {
            List<Coordinate> ring = shapes.rings.get(parcel).get(pinch.polygon()).get(pinch.ring());
            Coordinate p = ring.get(pinch.vertex());
            Coordinate a = ring.get(pinch.edge());
            Coordinate b = ring.get(pinch.edge() + 1);
            List<Coordinate> ends = new ArrayList<>(List.of(a, b));
            ends.sort(Comparator.comparingDouble(p::distance));
            for (Coordinate target : ends) {
                Map<Integer, List<List<List<Coordinate>>>> changed = new LinkedHashMap<>();
                for (int j : shapes.parcelsAt.get(p)) {
                    List<List<List<Coordinate>>> moved = copy(shapes.rings.get(j));
                    for (List<List<Coordinate>> polygon : moved) {
                        for (int r = 0; r < polygon.size(); r++) {
                            List<Coordinate> open = new ArrayList<>();
                            for (Coordinate c : polygon.get(r).subList(0, polygon.get(r).size() - 1)) {
                                open.add(c.equals2D(p) ? target : c);
                            }
                            polygon.set(r, withoutSpikes(open));
                        }
                    }
                    changed.put(j, moved);
                }
                Geometry mine = geometryOf(changed.get(parcel));
                if (mine != null && mine.isValid() && acceptable(mine) && shapes.commit(changed)) {
                    return true;
                }
            }
            return false;
        }

        /** An open ring without repeated points and without back-and-forth spikes (x, y, x), all the way round. */
        private static List<Coordinate> withoutSpikes(List<Coordinate> open) {
            List<Coordinate> r = new ArrayList<>(open);
            boolean changed = true;
            while (changed && r.size() >= 3) {
                changed = false;
                for (int k = 0; k < r.size() && r.size() >= 3; k++) {
                    int n = r.size();
                    Coordinate here = r.get(k);
                    Coordinate next = r.get((k + 1) % n);
                    if (here.equals2D(next)) {
                        r.remove((k + 1) % n);
                        changed = true;
                    } else if (r.get((k + n - 1) % n).equals2D(next)) {
                        // before, here, next = before: the edge out to here and back is a spike of zero width.
                        int after = (k + 1) % n;
                        r.remove(Math.max(k, after));
                        r.remove(Math.min(k, after));
                        changed = true;
                    }
                }
            }
            return r;
        }

        /** The polygon of an open loop, or null when it has fewer than three corners or is not valid. */
        private Polygon loop(List<Coordinate> open) {
            if (open.size() < 3) {
                return null;
            }
            List<Coordinate> closed = new ArrayList<>(open);
            closed.add(open.get(0));
            Polygon polygon = shapes.factory.createPolygon(closed.toArray(Coordinate[]::new));
            return polygon.isValid() && polygon.getArea() > 0 ? polygon : null;
        }

        /** The parcel of open or closed rings, or null when a ring has fewer than three corners. */
        private Geometry geometryOf(List<List<List<Coordinate>>> polygons) {
            List<List<List<Coordinate>>> closed = new ArrayList<>();
            for (List<List<Coordinate>> polygon : polygons) {
                List<List<Coordinate>> rs = new ArrayList<>();
                for (List<Coordinate> ring : polygon) {
                    List<Coordinate> r = new ArrayList<>(ring);
                    while (r.size() > 1 && r.get(r.size() - 1).equals2D(r.get(0))) {
                        r.remove(r.size() - 1);
                    }
                    if (r.size() < 3) {
                        return null;
                    }
                    r.add(r.get(0));
                    rs.add(r);
                }
                closed.add(rs);
            }
            return shapes.build(closed);
        }

        private static List<List<List<Coordinate>>> copy(List<List<List<Coordinate>>> polygons) {
            List<List<List<Coordinate>>> out = new ArrayList<>();
            for (List<List<Coordinate>> polygon : polygons) {
                List<List<Coordinate>> rs = new ArrayList<>();
                for (List<Coordinate> ring : polygon) {
                    rs.add(new ArrayList<>(ring));
                }
                out.add(rs);
            }
            return out;
        }
    }

    /** {@link #acceptable(Geometry)} of parcel i's current geometry, judged once per geometry it has. */
    private boolean acceptable(int i) {
        Geometry g = geometry.get(i);
        if (judged[i] != g) {
            judged(i, g, acceptable(g));
        }
        return verdict[i];
    }

    private void judged(int i, Geometry g, boolean acceptable) {
        judged[i] = g;
        verdict[i] = acceptable;
    }

    /**
     * Merges parcel i into a neighbour: the one it shares the longest boundary with whose union with it is valid,
     * acceptable and within the neighbour's area band (a spike between two neighbours vanishes into the one on
     * either side).
     */
    private void joinNeighbour(int i) {
        Geometry g = geometry.get(i);
        Set<Integer> neighbours = new LinkedHashSet<>();
        for (Coordinate c : g.getCoordinates()) {
            neighbours.addAll(parcelsAt.getOrDefault(c, Set.of()));
        }
        neighbours.remove(i);
        List<double[]> byShared = new ArrayList<>();
        for (int j : neighbours) {
            double shared = OverlayNG.overlay(g.getBoundary(), geometry.get(j).getBoundary(), OverlayNG.INTERSECTION,
                factory.getPrecisionModel()).getLength();
            if (shared > 0) {
                byShared.add(new double[] {j, shared});
            }
        }
        byShared.sort((a, b) -> a[1] != b[1] ? Double.compare(b[1], a[1]) : Double.compare(a[0], b[0]));
        for (double[] candidate : byShared) {
            int j = (int) candidate[0];
            Geometry merged = union(geometry.get(j), g);
            if (merged != null && merged.isValid() && merged.getNumGeometries() <= geometry.get(j).getNumGeometries() && acceptable(merged)
                    && ranges.get(j).contains(merged.getArea()) && join(i, j, merged)) {
                return;
            }
        }
    }

    /**
     * The union of two neighbours. After local repairs a vertex of one can lie on an edge of the other without
     * being a vertex of it (a node that slid along the outline, a shaved tip), which is not a valid coverage and
     * which CoverageUnion refuses (Phường Việt Hưng, 00127, in the million-parcel load); overlaying the two on
     * the same 1 mm grid nodes them. The result passes the same checks as any other join.
     */
    private Geometry union(Geometry a, Geometry b) {
        try {
            return CoverageUnion.union(new Geometry[] {a, b});
        } catch (TopologyException e) {
            return OverlayNG.overlay(a, b, OverlayNG.UNION, factory.getPrecisionModel());
        }
    }

    /** Puts the union of parcels i and best in best's place, unless it moves the outline. */
    private boolean join(int i, int best, Geometry merged) {
        List<List<List<Coordinate>>> mergedRings = ringsOf(merged);
        PartitionEdges.Change change = new PartitionEdges.Change().remove(rings.get(i)).remove(rings.get(best)).add(mergedRings);
        if (!edges.keepsOutline(change) || overlapsAnother(Map.of(best, merged), Set.of(i))) {
            return false;
        }
        for (int j : new int[] {i, best}) {
            for (Coordinate c : geometry.get(j).getCoordinates()) {
                Set<Integer> holders = parcelsAt.get(c);
                if (holders != null) {
                    holders.remove(j);
                }
            }
        }
        geometry.set(best, merged);
        geometry.set(i, null);
        rings.set(i, List.of());
        for (Coordinate c : merged.getCoordinates()) {
            parcelsAt.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(best);
        }
        rings.set(best, mergedRings);
        laidOut[best] = merged.getArea();
        edges.apply(change);
        return true;
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
            if (removeVertex(v) || mergeNearNode(v) || shave(i, v)) {
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
            Coordinate[] line = clearance.getLine().getCoordinates();
            for (Coordinate c : line) {
                Coordinate snapped = new Coordinate(c);
                factory.getPrecisionModel().makePrecise(snapped);
                if (parcelsAt.containsKey(snapped)) {
                    out.add(snapped);
                }
            }
            // Where the clearance ends on an edge rather than at a vertex, the edge's ends are candidates too: shaving
            // the corner at one of them can open the gap without moving the vertex across it (which may be on the outline).
            for (Coordinate c : line) {
                if (!parcelsAt.containsKey(c)) {
                    out.addAll(edgeEndsAt(i, c));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** The ends of the edges of parcel i that pass through point c (within a micrometre). */
    private List<Coordinate> edgeEndsAt(int i, Coordinate c) {
        List<Coordinate> ends = new ArrayList<>();
        for (List<List<Coordinate>> polygon : rings.get(i)) {
            for (List<Coordinate> ring : polygon) {
                for (int k = 0; k + 1 < ring.size(); k++) {
                    if (Distance.pointToSegment(c, ring.get(k), ring.get(k + 1)) < 1e-6) {
                        ends.add(ring.get(k));
                        ends.add(ring.get(k + 1));
                    }
                }
            }
        }
        return ends;
    }

    /** Removes v from every ring that has it, when it lies on an edge between at most two parcels. */
    private boolean removeVertex(Coordinate v) {
        Set<Integer> holders = parcelsAt.get(v);
        if (holders.size() > 2) {
            return false;
        }
        List<Corner> corners = cornersAt(v);
        for (Corner corner : corners) {
            if (corner.ringSize() <= 3) {
                return false; // a triangle cannot lose a corner
            }
            Corner first = corners.get(0);
            if (!(corner.before().equals2D(first.before()) && corner.after().equals2D(first.after())
                    || corner.before().equals2D(first.after()) && corner.after().equals2D(first.before()))) {
                return false; // a third edge meets v: it is a node, not a bend of one shared edge
            }
        }
        int occurrences = corners.size();
        if (occurrences == 0 || occurrences > holders.size()) {
            return false;
        }
        return apply(v, holders, null);
    }

    /** Vertex v where a ring of one of its parcels passes it: the vertices before and after, and the ring's size. */
    private record Corner(Coordinate before, Coordinate after, int ringSize) {
    }

    private List<Corner> cornersAt(Coordinate v) {
        List<Corner> corners = new ArrayList<>();
        for (int j : parcelsAt.get(v)) {
            for (List<List<Coordinate>> polygon : rings.get(j)) {
                for (List<Coordinate> ring : polygon) {
                    int n = ring.size() - 1;
                    for (int k = 0; k < n; k++) {
                        if (ring.get(k).equals2D(v)) {
                            corners.add(new Corner(ring.get((k + n - 1) % n), ring.get((k + 1) % n), n));
                        }
                    }
                }
            }
        }
        return corners;
    }

    /**
     * Merges v with a neighbouring vertex closer than the clearance, the nearest first: of the two, a node on the
     * outline stays where it is and the other one moves onto it, in every ring that has it. When both are on the
     * outline, only one on a straight stretch of it may slide onto the other ({@link #keepsOutline}); otherwise the
     * other repairs (shave, or joining a neighbour) have to mend it.
     */
    private boolean mergeNearNode(Coordinate v) {
        List<Coordinate> near = new ArrayList<>();
        for (Corner corner : cornersAt(v)) {
            for (Coordinate w : new Coordinate[] {corner.before(), corner.after()}) {
                if (v.distance(w) < MIN_CLEARANCE_M && !near.contains(w)) {
                    near.add(w);
                }
            }
        }
        near.sort(Comparator.comparingDouble(v::distance)); // stable: equal distances keep ring order
        boolean vOnOutline = onOutline(v);
        for (Coordinate w : near) {
            boolean wOnOutline = onOutline(w);
            if ((!vOnOutline || wOnOutline) && apply(v, parcelsAt.get(v), w)) {
                return true;
            }
            if ((vOnOutline || !wOnOutline) && apply(w, parcelsAt.get(w), v)) {
                return true;
            }
        }
        return false;
    }

    private double allowance(double laidOutArea) {
        // The last resort, like a join, only keeps each parcel in its band.
        return lastResort ? Double.POSITIVE_INFINITY : Math.max(MAX_AREA_CHANGE_M2, MAX_AREA_CHANGE_SHARE * laidOutArea);
    }

    /** Whether an edge of the partition's outline (one only a single ring runs along) ends at c. */
    private boolean onOutline(Coordinate c) {
        for (Corner corner : cornersAt(c)) {
            if (edges.onOutline(corner.before(), c) || edges.onOutline(c, corner.after())) {
                return true;
            }
        }
        return false;
    }

    /** Replaces v by {@code target} (or drops it when target is null) in the rings of the holders. */
    private boolean apply(Coordinate v, Set<Integer> holders, Coordinate target) {
        Map<Integer, List<List<List<Coordinate>>>> changed = new LinkedHashMap<>();
        for (int j : holders) {
            List<List<List<Coordinate>>> polygons = new ArrayList<>();
            for (List<List<Coordinate>> polygon : rings.get(j)) {
                List<List<Coordinate>> rs = new ArrayList<>();
                for (List<Coordinate> ring : polygon) {
                    List<Coordinate> out = new ArrayList<>(ring.size());
                    for (int k = 0; k < ring.size() - 1; k++) {
                        out.add(ring.get(k).equals2D(v) ? target : ring.get(k));
                    }
                    rs.add(out);
                }
                polygons.add(rs);
            }
            changed.put(j, polygons);
        }
        return commit(changed);
    }

    /**
     * Shaves a needle corner at vertex {@code tip} of parcel i: the thin triangle (before, tip, after) goes to the
     * neighbour across one of its two edges, whose ring takes the third corner into that edge, so both keep
     * sharing every vertex. On the commune's outline (no neighbour) the tip goes only where the outline runs
     * straight through it ({@link #keepsOutline}).
     */
    private boolean shave(int i, Coordinate tip) {
        for (List<List<Coordinate>> polygon : rings.get(i)) {
            for (List<Coordinate> ring : polygon) {
                int n = ring.size() - 1;
                for (int k = 0; k < n; k++) {
                    if (!ring.get(k).equals2D(tip)) {
                        continue;
                    }
                    Coordinate before = ring.get((k + n - 1) % n);
                    Coordinate after = ring.get((k + 1) % n);
                    // The neighbour across before-tip takes `after` into that edge; the one across tip-after takes `before`.
                    if (shaveTo(i, tip, before, after, tip, before, after) || shaveTo(i, tip, before, after, after, tip, before)) {
                        return true;
                    }
                    if (!hasEdge(tip, before, i) && !hasEdge(after, tip, i)) {
                        return commit(Map.of(i, without(rings.get(i), tip)));
                    }
                    return cutSpike(tip, before, after) || zip(i, tip, before, after);
                }
            }
        }
        return false;
    }

    /**
     * A zero-width spike whose tip touches a third parcel: the tip leaves the two parcels whose rings run
     * before-tip-after (the spike and the neighbour wrapped round it), and stays a vertex of the third.
     */
    private boolean cutSpike(Coordinate tip, Coordinate before, Coordinate after) {
        if (before.distance(after) >= MIN_CLEARANCE_M) {
            return false;
        }
        Map<Integer, List<List<List<Coordinate>>>> changed = new LinkedHashMap<>();
        for (int j : parcelsAt.get(tip)) {
            if (withInserted(rings.get(j), tip, before, tip) != null && withInserted(rings.get(j), tip, after, tip) != null) {
                changed.put(j, without(rings.get(j), tip));
            }
        }
        return changed.size() == 2 && commit(changed);
    }

    /**
     * A corridor of zero width between two rows of neighbours, walked from its end: the two corners next to the tip
     * (a few millimetres apart) become one, and parcel i loses the tip, so the neighbours on either side meet. Either
     * corner may move onto the other; one on the outline stays.
     */
    private boolean zip(int i, Coordinate tip, Coordinate before, Coordinate after) {
        if (before.distance(after) >= MIN_CLEARANCE_M) {
            return false;
        }
        return zipOnto(i, tip, before, after) || zipOnto(i, tip, after, before);
    }

    private boolean zipOnto(int i, Coordinate tip, Coordinate moved, Coordinate onto) {
        Map<Integer, List<List<List<Coordinate>>>> changed = new LinkedHashMap<>();
        for (int j : parcelsAt.get(moved)) {
            List<List<List<Coordinate>>> polygons = new ArrayList<>();
            for (List<List<Coordinate>> polygon : rings.get(j)) {
                List<List<Coordinate>> rs = new ArrayList<>();
                for (List<Coordinate> ring : polygon) {
                    List<Coordinate> r = new ArrayList<>(ring.size());
                    for (Coordinate c : ring) {
                        r.add(c.equals2D(moved) ? onto : c);
                    }
                    rs.add(r);
                }
                polygons.add(rs);
            }
            changed.put(j, j == i ? without(polygons, tip) : polygons);
        }
        return changed.containsKey(i) && commit(changed);
    }

    /** Drops {@code tip} from parcel i and inserts {@code insert} into a neighbour's edge {@code from -> to}. */
    private boolean shaveTo(int i, Coordinate tip, Coordinate before, Coordinate after, Coordinate from, Coordinate to, Coordinate insert) {
        for (int j : parcelsAt.getOrDefault(from, Set.of())) {
            if (j == i || !parcelsAt.get(to).contains(j)) {
                continue;
            }
            List<List<List<Coordinate>>> neighbour = withInserted(rings.get(j), from, to, insert);
            if (neighbour != null) {
                Map<Integer, List<List<List<Coordinate>>>> changed = new LinkedHashMap<>();
                changed.put(i, without(rings.get(i), tip));
                changed.put(j, neighbour);
                return commit(changed);
            }
        }
        return false;
    }

    private boolean hasEdge(Coordinate from, Coordinate to, int except) {
        for (int j : parcelsAt.getOrDefault(from, Set.of())) {
            if (j != except && parcelsAt.get(to) != null && parcelsAt.get(to).contains(j)
                    && withInserted(rings.get(j), from, to, from) != null) {
                return true;
            }
        }
        return false;
    }

    /** The rings without vertex v (open rings: no closing point). */
    private static List<List<List<Coordinate>>> without(List<List<List<Coordinate>>> polygons, Coordinate v) {
        List<List<List<Coordinate>>> out = new ArrayList<>();
        for (List<List<Coordinate>> polygon : polygons) {
            List<List<Coordinate>> rs = new ArrayList<>();
            for (List<Coordinate> ring : polygon) {
                List<Coordinate> r = new ArrayList<>();
                for (int k = 0; k < ring.size() - 1; k++) {
                    if (!ring.get(k).equals2D(v)) {
                        r.add(ring.get(k));
                    }
                }
                rs.add(r);
            }
            out.add(rs);
        }
        return out;
    }

    /** The rings with {@code insert} put between consecutive {@code from, to} (either way round); null when no ring has that edge. */
    private static List<List<List<Coordinate>>> withInserted(List<List<List<Coordinate>>> polygons, Coordinate from, Coordinate to,
                                                             Coordinate insert) {
        boolean found = false;
        List<List<List<Coordinate>>> out = new ArrayList<>();
        for (List<List<Coordinate>> polygon : polygons) {
            List<List<Coordinate>> rs = new ArrayList<>();
            for (List<Coordinate> ring : polygon) {
                List<Coordinate> r = new ArrayList<>();
                int n = ring.size() - 1;
                for (int k = 0; k < n; k++) {
                    r.add(ring.get(k));
                    Coordinate next = ring.get((k + 1) % n);
                    // Rings of neighbours may run either way round: the edge is matched in both directions.
                    if (!found && (ring.get(k).equals2D(from) && next.equals2D(to) || ring.get(k).equals2D(to) && next.equals2D(from))) {
                        r.add(insert);
                        found = true;
                    }
                }
                rs.add(r);
            }
            out.add(rs);
        }
        return found ? out : null;
    }

    /**
     * Keeps a change (parcel → its rings, open, possibly with repeated or null points) only when every changed
     * parcel is still a valid polygon of as many parts within its area band, none that was acceptable before became
     * defective, and the outline stays where it is.
     */
    private boolean commit(Map<Integer, List<List<List<Coordinate>>>> changed) {
        Map<Integer, List<List<List<Coordinate>>>> closed = new LinkedHashMap<>();
        Map<Integer, Geometry> rebuilt = new LinkedHashMap<>();
        // The new geometries found acceptable on the way, so the next pass need not judge them again.
        Map<Integer, Boolean> verdicts = new HashMap<>();
        for (Map.Entry<Integer, List<List<List<Coordinate>>>> e : changed.entrySet()) {
            int j = e.getKey();
            List<List<List<Coordinate>>> polygons = new ArrayList<>();
            for (List<List<Coordinate>> polygon : e.getValue()) {
                List<List<Coordinate>> rs = new ArrayList<>();
                for (List<Coordinate> ring : polygon) {
                    List<Coordinate> out = new ArrayList<>(ring.size() + 1);
                    for (Coordinate c : ring) {
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
            Geometry before = geometry.get(j);
            Geometry g = build(polygons);
            double area = g.getArea();
            if (Math.abs(area - laidOut[j]) > allowance(laidOut[j]) || !ranges.get(j).contains(area)
                    || !g.isValid() || g.getNumGeometries() != before.getNumGeometries()) {
                return false;
            }
            if (acceptable(j)) {
                if (!acceptable(g)) {
                    return false;
                }
                verdicts.put(j, true);
            }
            closed.put(j, polygons);
            rebuilt.put(j, g);
        }
        if (overlapsAnother(rebuilt, Set.of())) {
            return false;
        }
        PartitionEdges.Change change = new PartitionEdges.Change();
        for (int j : closed.keySet()) {
            change.remove(rings.get(j)).add(closed.get(j));
        }
        if (!edges.keepsOutline(change)) {
            return false;
        }
        edges.apply(change);
        for (int j : closed.keySet()) {
            for (Coordinate c : geometry.get(j).getCoordinates()) {
                Set<Integer> holders = parcelsAt.get(c);
                if (holders != null) {
                    holders.remove(j);
                    if (holders.isEmpty()) {
                        parcelsAt.remove(c);
                    }
                }
            }
            rings.set(j, closed.get(j));
            geometry.set(j, rebuilt.get(j));
            if (verdicts.containsKey(j)) {
                judged(j, rebuilt.get(j), verdicts.get(j));
            }
            for (Coordinate c : rebuilt.get(j).getCoordinates()) {
                parcelsAt.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(j);
            }
        }
        return true;
    }

    /**
     * Whether a changed parcel would share interior with another parcel: validity and the outline are checked per
     * parcel, but a vertex moved (or a union noded on the 1 mm grid) can cross the edge of a neighbour that keeps its
     * shape (five slivers of up to 0.0033 m² in Phường Việt Hưng, 00127, in the million-parcel load). The others
     * checked are those holding a vertex of the parcel before or after the change, taken as changed where they are;
     * {@code gone} are parcels the change removes.
     *
     * <p>The test is JTS's RelateNG, prepared on the larger of the two: a road or a canal has hundreds of neighbours and
     * thousands of vertices, and the older {@code Geometry.relate} built a graph of all of them for every neighbour of
     * every repair near it. Whether the interiors meet does not depend on which side is prepared (the II entry of the
     * DE-9IM is symmetric), and RelateNG gives the older relate's answer on every pair a default load asks about.
     */
    private boolean overlapsAnother(Map<Integer, Geometry> rebuilt, Set<Integer> gone) {
        for (Map.Entry<Integer, Geometry> e : rebuilt.entrySet()) {
            int j = e.getKey();
            Geometry g = e.getValue();
            Set<Integer> around = new LinkedHashSet<>();
            for (Geometry shape : new Geometry[] {geometry.get(j), g}) {
                for (Coordinate c : shape.getCoordinates()) {
                    around.addAll(parcelsAt.getOrDefault(c, Set.of()));
                }
            }
            around.remove(j);
            around.removeAll(gone);
            RelateNG preparedChange = null;
            for (int k : around) {
                Geometry other = rebuilt.getOrDefault(k, geometry.get(k));
                if (other == null || !g.getEnvelopeInternal().intersects(other.getEnvelopeInternal())) {
                    continue;
                }
                boolean meet;
                if (!rebuilt.containsKey(k) && other.getNumPoints() > PREPARE_ABOVE_POINTS && other.getNumPoints() > g.getNumPoints()) {
                    meet = prepared(k).evaluate(g, INTERIORS_MEET);
                } else {
                    if (preparedChange == null) {
                        preparedChange = RelateNG.prepare(g);
                    }
                    meet = preparedChange.evaluate(other, INTERIORS_MEET);
                }
                if (meet) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Parcel k's current geometry prepared for relate tests, kept while the parcel keeps that geometry. */
    private RelateNG prepared(int k) {
        Geometry g = geometry.get(k);
        if (preparedFor[k] != g) {
            preparedFor[k] = g;
            preparedRelate[k] = RelateNG.prepare(g);
        }
        return preparedRelate[k];
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
