package vn.landinfo.transaction.model;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.noding.snap.SnappingNoder;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Union of neighbouring parcels that dissolves their common boundary even where it is not bit-exact.
 * Once a split has put a computed vertex on a boundary, the neighbour's edge passes that vertex at
 * 1e-10 m, not through it; a plain floating-point union then leaves a hairline crack and two polygons
 * where there is one piece of land. Here the noding snaps vertices and edges within a micrometre (far
 * above floating-point noise at TM-3 magnitudes, far below the millimetre a survey resolves), so the
 * crack closes without moving any vertex by more than that. Falls back to the robust overlay if
 * snapping ever yields an invalid result.
 */
public final class SnapOverlay {

    /** A micrometre: the distance within which two vertices, or a vertex and an edge, are the same point. */
    public static final double SNAP_M = 1e-6;

    private SnapOverlay() {
    }

    public static Geometry union(Geometry a, Geometry b) {
        try {
            Geometry u = OverlayNG.overlay(a, b, OverlayNG.UNION, new SnappingNoder(SNAP_M));
            if (u.isValid()) {
                return u;
            }
        } catch (RuntimeException e) {
            // a topology failure of the snapped noding: the robust overlay below decides
        }
        return OverlayNGRobust.overlay(a, b, OverlayNG.UNION);
    }

    public static Geometry union(List<? extends Geometry> all) {
        Geometry u = all.get(0);
        for (int i = 1; i < all.size(); i++) {
            u = union(u, all.get(i));
        }
        return u;
    }
}
