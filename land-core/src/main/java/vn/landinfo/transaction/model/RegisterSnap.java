package vn.landinfo.transaction.model;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineSegment;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlay.snap.GeometrySnapper;

/**
 * A boundary drawn in another CRS, put back on the register's own lines. A polygon drawn in WGS 84 comes
 * back into its TM-3 zone through PostGIS up to 1.5 mm off where it was drawn (the VN-2000 ↔ WGS 84
 * round trip is not exact: 0.8–1.5 mm at worst in each of the eighteen zones), and GeoJSON's 9 decimals
 * of a degree add 0.06 mm. So every edge the officer kept from the register comes back as a sliver beside
 * it, which the register would otherwise take for land moved. Within {@link #REPROJECTED_M} a drawn vertex
 * takes the register vertex it stands for, or lies on the register edge it was drawn on, and a register
 * vertex that close to a drawn edge is put into it — what a GIS client's snapping does while the officer
 * draws (docs/decisions/0141-reprojected-corrections-snap-to-the-register.md).
 */
public final class RegisterSnap {

    /** 2 mm: above the reprojection round trip (≤ 1.5 mm), far below the 5 cm a surveyor keeps vertices apart. */
    public static final double REPROJECTED_M = 0.002;

    private RegisterSnap() {
    }

    /**
     * {@code drawn} with its vertices snapped onto {@code register} (the parcel's current geometry and its
     * neighbours'), or {@code drawn} itself if snapping would leave no valid polygon.
     */
    public static Geometry onto(Geometry drawn, List<? extends Geometry> register, double tolerance) {
        if (register.isEmpty()) {
            return drawn;
        }
        Geometry all = drawn.getFactory().buildGeometry(new ArrayList<Geometry>(register));
        // Vertex to vertex, and register vertices into drawn edges.
        Geometry snapped = new GeometrySnapper(drawn).snapTo(all, tolerance);
        // Drawn vertices that stand on a register edge (a new corner on a neighbour's side) go onto it.
        snapped.apply(new OntoEdges(all, tolerance));
        snapped.geometryChanged();
        snapped.setSRID(drawn.getSRID());
        return snapped.isValid() && !snapped.isEmpty() ? snapped : drawn;
    }

    /** Moves each vertex within the tolerance of a register edge, and not on a register vertex, to the nearest point of that edge. */
    private static final class OntoEdges implements CoordinateSequenceFilter {

        private final STRtree edges = new STRtree();
        private final double tolerance;

        OntoEdges(Geometry register, double tolerance) {
            this.tolerance = tolerance;
            register.apply((CoordinateSequenceFilter) new CoordinateSequenceFilter() {
                @Override
                public void filter(CoordinateSequence seq, int i) {
                    if (i > 0) {
                        LineSegment s = new LineSegment(seq.getCoordinateCopy(i - 1), seq.getCoordinateCopy(i));
                        Envelope e = new Envelope(s.p0, s.p1);
                        e.expandBy(tolerance);
                        edges.insert(e, s);
                    }
                }

                @Override
                public boolean isDone() {
                    return false;
                }

                @Override
                public boolean isGeometryChanged() {
                    return false;
                }
            });
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            Coordinate c = seq.getCoordinate(i);
            LineSegment nearest = null;
            double best = tolerance;
            for (Object o : edges.query(new Envelope(c))) {
                LineSegment s = (LineSegment) o;
                if (s.p0.equals2D(c) || s.p1.equals2D(c)) {
                    return; // already a register vertex
                }
                double d = s.distance(c);
                if (d <= best) {
                    best = d;
                    nearest = s;
                }
            }
            if (nearest != null) {
                Coordinate on = nearest.closestPoint(c);
                seq.setOrdinate(i, 0, on.x);
                seq.setOrdinate(i, 1, on.y);
            }
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
