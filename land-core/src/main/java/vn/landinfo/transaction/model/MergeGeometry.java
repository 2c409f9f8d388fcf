package vn.landinfo.transaction.model;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Hợp thửa: the union of the inputs, and the adjacency rule — the inputs must make one piece of land,
 * each sharing a boundary of positive length with the rest (touching at a corner is not adjacent; the
 * union would be two polygons). Crumbs of the union where the inputs' common vertices differ in the
 * last bits are dropped (see {@link Slivers}).
 */
public final class MergeGeometry {

    /** The union (one Polygon as a MultiPolygon when adjacent) and the inputs (by index) that do not border the rest. */
    public record Union(MultiPolygon geometry, List<Integer> detached) {
        public boolean adjacent() {
            return detached.isEmpty() && geometry.getNumGeometries() == 1;
        }
    }

    /** The border (m) an input must share with the others; a corner touch shares none. */
    static final double MIN_SHARED = 0.01;

    private MergeGeometry() {
    }

    public static Union union(List<? extends Geometry> inputs, double noise) {
        Geometry all = OverlayNGRobust.union(inputs.get(0).getFactory().buildGeometry(inputs));
        MultiPolygon union = Slivers.drop(all, noise);
        union.setSRID(inputs.get(0).getSRID());
        List<Integer> detached = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            List<Geometry> rest = new ArrayList<>(inputs);
            rest.remove(i);
            Geometry others = OverlayNGRobust.union(inputs.get(0).getFactory().buildGeometry(rest));
            if (Slivers.sharedBoundary(inputs.get(i), others, BoundaryAdjustment.TOUCH_EPS) < MIN_SHARED) {
                detached.add(i);
            }
        }
        if (detached.isEmpty() && union.getNumGeometries() > 1) {
            // Every input borders another, yet the whole is in pieces: name the inputs off the largest piece.
            Polygon main = largest(union);
            for (int i = 0; i < inputs.size(); i++) {
                if (!inputs.get(i).intersects(main)) {
                    detached.add(i);
                }
            }
        }
        return new Union(union, detached);
    }

    private static Polygon largest(MultiPolygon m) {
        Polygon best = (Polygon) m.getGeometryN(0);
        for (int i = 1; i < m.getNumGeometries(); i++) {
            if (m.getGeometryN(i).getArea() > best.getArea()) {
                best = (Polygon) m.getGeometryN(i);
            }
        }
        return best;
    }
}
