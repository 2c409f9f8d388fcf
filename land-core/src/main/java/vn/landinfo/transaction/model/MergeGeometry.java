package vn.landinfo.transaction.model;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * Hợp thửa: the union of the inputs, and the adjacency rule — the inputs must make one piece of land,
 * each sharing a boundary of positive length with the rest (touching at a corner is not adjacent; the
 * union would be two polygons). Boundaries that are common but not bit-exact still dissolve
 * ({@link SnapOverlay}); crumbs left where vertices differ in the last bits are dropped ({@link Slivers}).
 */
public final class MergeGeometry {

    /**
     * The union (one Polygon as a MultiPolygon when adjacent) and the inputs (by index) that do not border
     * the rest. Every input may border another and the union still be in pieces (two pairs, or an input
     * that is itself in two parts): then {@code detached} is empty and the geometry has several polygons.
     */
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
        Geometry all = SnapOverlay.union(inputs);
        MultiPolygon union = Slivers.drop(all, noise);
        union.setSRID(inputs.get(0).getSRID());
        List<Integer> detached = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            List<Geometry> rest = new ArrayList<>(inputs);
            rest.remove(i);
            Geometry others = SnapOverlay.union(rest);
            if (Slivers.sharedBoundary(inputs.get(i), others, BoundaryAdjustment.TOUCH_EPS) < MIN_SHARED) {
                detached.add(i);
            }
        }
        return new Union(union, detached);
    }
}
