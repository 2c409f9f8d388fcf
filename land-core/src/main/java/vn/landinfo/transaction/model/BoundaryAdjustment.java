package vn.landinfo.transaction.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Chỉnh lý ranh giới: what a parcel's new boundary does to its neighbours so the tessellation stays
 * whole. Land the parcel now covers is cut from whichever neighbour held it (B − A'); land it gives up
 * (A − A'), less the hairline strips a drawing leaves beside the edges it keeps, goes, piece by piece, to
 * the neighbour it shares the longest boundary with — or, if none borders it, stays a gap the officer
 * must resolve. All in one TM-3 SRID; pure JTS.
 */
public final class BoundaryAdjustment {

    /** A current neighbour: parcel id and geometry (in the corrected parcel's SRID). */
    public record Neighbour(long parcelId, Geometry geometry) {
    }

    /**
     * @param changed   the neighbours whose geometry changes, with their new geometry (insertion order)
     * @param orphans   pieces of given-up land no neighbour borders (each a gap if accepted)
     * @param vanished  neighbours the new boundary would swallow whole
     * @param divided   neighbours the new boundary would cut into more separate parts than they have
     */
    public record Result(Map<Long, MultiPolygon> changed, List<Geometry> orphans, List<Long> vanished, List<Long> divided) {
    }

    /** How close (m) a piece must run along a neighbour to count as bordering it, and how long (m) that border must be. */
    static final double TOUCH_EPS = 1e-3;
    static final double MIN_SHARED = 0.01;
    /**
     * Given-up land narrower than this (m) is not land: it is the strip a drawing leaves beside an edge it
     * meant to keep ({@link RegisterSnap} says how far a reprojected one lands). Such a strip running along
     * a neighbour lies within {@link #TOUCH_EPS} of it on both sides, so it would count twice its length as
     * border and win the land it hangs off for that neighbour; it is dropped before anything is measured
     * (docs/decisions/0141-reprojected-corrections-snap-to-the-register.md).
     */
    static final double HAIRLINE = RegisterSnap.REPROJECTED_M;

    private BoundaryAdjustment() {
    }

    /**
     * @param noise area (m²) below which a difference is floating-point crumbs, not land: a neighbour
     *              losing less than this is not changed, a given-up piece smaller than this is dropped
     */
    public static Result adjust(Geometry current, Geometry corrected, List<Neighbour> neighbours, double noise) {
        Map<Long, Geometry> now = new LinkedHashMap<>();
        Map<Long, MultiPolygon> changed = new LinkedHashMap<>();
        List<Long> vanished = new ArrayList<>();
        for (Neighbour n : neighbours) {
            Geometry b = n.geometry();
            now.put(n.parcelId(), b);
            if (!b.getEnvelopeInternal().intersects(corrected.getEnvelopeInternal())) {
                continue;
            }
            Geometry cut = OverlayNGRobust.overlay(b, corrected, OverlayNG.DIFFERENCE);
            if (b.getArea() - cut.getArea() > noise) {
                MultiPolygon left = Slivers.drop(cut, noise);
                if (left.isEmpty()) {
                    vanished.add(n.parcelId());
                } else {
                    changed.put(n.parcelId(), left);
                    now.put(n.parcelId(), left);
                }
            }
        }
        MultiPolygon given = Slivers.withoutHairlines(OverlayNGRobust.overlay(current, corrected, OverlayNG.DIFFERENCE), HAIRLINE, noise);
        List<Geometry> pieces = new ArrayList<>();
        for (int i = 0; i < given.getNumGeometries(); i++) {
            pieces.add(given.getGeometryN(i));
        }
        // Larger pieces first: the order then does not depend on how the overlay listed them.
        pieces.sort(Comparator.comparingDouble(Geometry::getArea).reversed());
        List<Geometry> orphans = new ArrayList<>();
        for (Geometry piece : pieces) {
            Long best = null;
            double longest = MIN_SHARED;
            for (Map.Entry<Long, Geometry> e : now.entrySet()) {
                if (vanished.contains(e.getKey())) {
                    continue;
                }
                double shared = Slivers.sharedBoundary(piece, e.getValue(), TOUCH_EPS);
                if (shared > longest) {
                    longest = shared;
                    best = e.getKey();
                }
            }
            if (best == null) {
                orphans.add(piece);
                continue;
            }
            MultiPolygon grown = Slivers.drop(SnapOverlay.union(now.get(best), piece), noise);
            changed.put(best, grown);
            now.put(best, grown);
        }
        changed.values().forEach(g -> g.setSRID(current.getSRID()));
        orphans.forEach(g -> g.setSRID(current.getSRID()));
        List<Long> divided = new ArrayList<>();
        for (Neighbour n : neighbours) {
            MultiPolygon after = changed.get(n.parcelId());
            if (after != null && after.getNumGeometries() > n.geometry().getNumGeometries()) {
                divided.add(n.parcelId());
            }
        }
        return new Result(changed, orphans, vanished, divided);
    }
}
