package vn.landinfo.transaction.model;

import vn.landinfo.shared.model.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Tách thửa by child polygons the officer drew: they must partition the parent — no gap, no overlap,
 * nothing outside, the same total area — to within the area tolerance legal areas are written with
 * (0.1 m²). Drawn children rarely repeat the parent's vertices to the last bit (they come from another
 * program, often through EPSG:4326), so the accepted children are then fitted to the parent exactly:
 * clipped to it, overlaps left to the first child, slivers of gap given to the child they border most.
 */
public final class SplitPartition {

    private SplitPartition() {
    }

    /** SPLIT_NOT_A_PARTITION violations, one per kind of defect found, each with the offending part. */
    public static List<Violation> check(MultiPolygon parent, List<? extends Geometry> children, double tolerance, long parentId) {
        List<Violation> found = new ArrayList<>();
        Geometry union = OverlayNGRobust.union(parent.getFactory().buildGeometry(children));
        Geometry gap = polygonal(OverlayNGRobust.overlay(parent, union, OverlayNG.DIFFERENCE), parent.getSRID());
        if (gap.getArea() > tolerance) {
            found.add(violation("hở %s m² giữa các thửa tách và ranh giới thửa gốc".formatted(m2(gap.getArea())),
                    "a gap of %s m² between the children and the parent's boundary".formatted(m2(gap.getArea())), parentId, gap));
        }
        Geometry outside = polygonal(OverlayNGRobust.overlay(union, parent, OverlayNG.DIFFERENCE), parent.getSRID());
        if (outside.getArea() > tolerance) {
            found.add(violation("%s m² của các thửa tách nằm ngoài thửa gốc".formatted(m2(outside.getArea())),
                    "%s m² of the children lie outside the parent".formatted(m2(outside.getArea())), parentId, outside));
        }
        List<Geometry> overlaps = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                Geometry a = children.get(i);
                Geometry b = children.get(j);
                if (a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                    Geometry x = polygonal(OverlayNGRobust.overlay(a, b, OverlayNG.INTERSECTION), parent.getSRID());
                    if (!x.isEmpty()) {
                        overlaps.add(x);
                    }
                }
            }
        }
        Geometry overlap = overlaps.isEmpty() ? parent.getFactory().createMultiPolygon()
                : OverlayNGRobust.union(parent.getFactory().buildGeometry(overlaps));
        overlap.setSRID(parent.getSRID());
        if (overlap.getArea() > tolerance) {
            found.add(violation("các thửa tách chồng lấn nhau %s m²".formatted(m2(overlap.getArea())),
                    "the children overlap each other by %s m²".formatted(m2(overlap.getArea())), parentId, overlap));
        }
        double total = children.stream().mapToDouble(Geometry::getArea).sum();
        double diff = Math.abs(total - parent.getArea());
        if (found.isEmpty() && diff > tolerance) {
            found.add(violation("tổng diện tích các thửa tách %s m² khác diện tích thửa gốc %s m²".formatted(m2(total), m2(parent.getArea())),
                    "the children's areas add up to %s m², not the parent's %s m²".formatted(m2(total), m2(parent.getArea())), parentId, null));
        }
        return found;
    }

    /**
     * The children made an exact partition of the parent (call only after {@link #check} passed): each
     * clipped to the parent and to the children before it, then every remaining gap piece joined to
     * the child sharing the longest boundary with it. Pieces below {@code noise} m² are dropped.
     */
    public static List<MultiPolygon> fit(MultiPolygon parent, List<? extends Geometry> children, double noise) {
        List<Geometry> fitted = new ArrayList<>();
        Geometry taken = null;
        for (Geometry c : children) {
            Geometry g = OverlayNGRobust.overlay(c, parent, OverlayNG.INTERSECTION);
            if (taken != null) {
                g = OverlayNGRobust.overlay(g, taken, OverlayNG.DIFFERENCE);
            }
            g = Slivers.drop(g, noise);
            fitted.add(g);
            taken = taken == null ? g : OverlayNGRobust.overlay(taken, g, OverlayNG.UNION);
        }
        Geometry gaps = Slivers.drop(OverlayNGRobust.overlay(parent, taken, OverlayNG.DIFFERENCE), noise);
        for (int k = 0; k < gaps.getNumGeometries(); k++) {
            Geometry piece = gaps.getGeometryN(k);
            int best = -1;
            double longest = 0;
            for (int i = 0; i < fitted.size(); i++) {
                double shared = Slivers.sharedBoundary(piece, fitted.get(i), 1e-3);
                if (shared > longest) {
                    longest = shared;
                    best = i;
                }
            }
            if (best >= 0) {
                fitted.set(best, SnapOverlay.union(fitted.get(best), piece));
            }
        }
        List<MultiPolygon> out = new ArrayList<>();
        for (Geometry g : fitted) {
            MultiPolygon m = Slivers.drop(g, noise);
            m.setSRID(parent.getSRID());
            out.add(m);
        }
        return out;
    }

    private static Geometry polygonal(Geometry g, int srid) {
        Geometry p = Slivers.drop(g, 0);
        p.setSRID(srid);
        return p;
    }

    private static Violation violation(String vi, String en, long parentId, Geometry part) {
        return new Violation("SPLIT_NOT_A_PARTITION",
                "Các thửa tách không chia đúng thửa gốc: " + vi,
                "The children do not partition the parent: " + en, parentId, part);
    }

    private static String m2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
