package vn.landinfo.transaction.model;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Overlay in floating point leaves crumbs where two boundaries meet at a vertex only one of them has (a
 * split child's new vertex lies on its neighbour's edge to within 1e-10 m, not exactly): specks of
 * 1e-12 m², hair-thin holes. They are numerical noise, not land; this drops polygon parts and holes
 * below a threshold well under the overlap tolerance, so dropping one can never hide an overlap or a
 * gap the register's rules would see.
 */
public final class Slivers {

    /**
     * A square millimetre: what the geometry use cases treat as noise. Floating-point crumbs along a
     * boundary of tens of metres are around 1e-8 m²; a real change — a corner moved by a centimetre —
     * is far more, so it is never taken for noise (a neighbour it touches changes with it).
     */
    public static final double NOISE_M2 = 1e-6;

    private Slivers() {
    }

    /** The polygonal part of {@code g} without parts or holes smaller than {@code minArea} m² (may be empty). */
    public static MultiPolygon drop(Geometry g, double minArea) {
        GeometryFactory f = g.getFactory();
        List<Polygon> kept = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                if (p.getArea() >= minArea) {
                    kept.add(withoutSmallHoles(p, minArea));
                }
            } else if (part instanceof Polygonal || part.getNumGeometries() > 1) {
                MultiPolygon inner = drop(part, minArea);
                for (int k = 0; k < inner.getNumGeometries(); k++) {
                    kept.add((Polygon) inner.getGeometryN(k));
                }
            }
        }
        MultiPolygon m = f.createMultiPolygon(kept.toArray(Polygon[]::new));
        m.setSRID(g.getSRID());
        return m;
    }

    private static Polygon withoutSmallHoles(Polygon p, double minArea) {
        if (p.getNumInteriorRing() == 0) {
            return p;
        }
        GeometryFactory f = p.getFactory();
        List<LinearRing> holes = new ArrayList<>();
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            LinearRing ring = p.getInteriorRingN(h);
            if (f.createPolygon(ring).getArea() >= minArea) {
                holes.add(ring);
            }
        }
        if (holes.size() == p.getNumInteriorRing()) {
            return p;
        }
        return f.createPolygon(p.getExteriorRing(), holes.toArray(LinearRing[]::new));
    }

    /**
     * {@code g} without the strips narrower than {@code width} m that hang off it (or lie alone): what is
     * left where a boundary was drawn less than that width beside one it meant to keep. Found by opening
     * (shrink by half the width, grow back with mitred corners, so a sharp corner of real land comes back
     * sharp); a {@code g} without such strips is returned as it is, so exact drawings stay exact.
     */
    public static MultiPolygon withoutHairlines(Geometry g, double width, double noise) {
        BufferParameters mitred = new BufferParameters(BufferParameters.DEFAULT_QUADRANT_SEGMENTS, BufferParameters.CAP_FLAT,
                BufferParameters.JOIN_MITRE, MITRE_LIMIT);
        Geometry opened = BufferOp.bufferOp(BufferOp.bufferOp(g, -width / 2, mitred), width / 2, mitred);
        if (drop(OverlayNGRobust.overlay(g, opened, OverlayNG.DIFFERENCE), noise).isEmpty()) {
            return drop(g, noise);
        }
        return drop(OverlayNGRobust.overlay(g, opened, OverlayNG.INTERSECTION), noise);
    }

    /** Corners down to about 1° come back sharp from {@link #withoutHairlines}; a needle finer than that is a hairline itself. */
    private static final double MITRE_LIMIT = 100;

    /**
     * The length of {@code a}'s boundary that runs along {@code b} (within {@code eps} m): how much of a
     * boundary two parcels share even where their vertices do not match to the last bit.
     */
    public static double sharedBoundary(Geometry a, Geometry b, double eps) {
        if (a.isEmpty() || b.isEmpty() || a.distance(b) > eps) {
            return 0;
        }
        Geometry near = b.buffer(eps, 2);
        return a.getBoundary().intersection(near).getLength();
    }
}
