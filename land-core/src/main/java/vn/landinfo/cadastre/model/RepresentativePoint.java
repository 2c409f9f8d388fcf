package vn.landinfo.cadastre.model;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * The representative point a national parcel ID is derived from (docs/decisions/0008-stable-national-parcel-id.md): the
 * centre of the
 * maximum inscribed circle (pole of inaccessibility) of the parcel in its sheet's TM-3 zone, found to
 * 1 cm. Fixed algorithm and tolerance, so anyone holding the legal geometry can recompute it.
 */
public final class RepresentativePoint {

    /** Metres: the pole is located to within one centimetre. */
    public static final double TOLERANCE_M = 0.01;

    private RepresentativePoint() {
    }

    /** The pole of inaccessibility of a polygonal geometry in TM-3 metres; keeps the geometry's SRID. */
    public static Point of(Geometry polygonalTm3) {
        return of(polygonalTm3, new PoleOfInaccessibility());
    }

    /** As {@link #of(Geometry)}, with a finder whose work space is reused: for many parcels in a row on one thread. */
    public static Point of(Geometry polygonalTm3, PoleOfInaccessibility finder) {
        if (polygonalTm3 == null || polygonalTm3.isEmpty() || polygonalTm3.getDimension() != 2) {
            throw new IllegalArgumentException("a representative point needs a non-empty polygon");
        }
        // Bit-identical to JTS MaximumInscribedCircle.getCenter(g, TOLERANCE_M), several times faster.
        Point centre = finder.find(polygonalTm3, TOLERANCE_M);
        centre.setSRID(polygonalTm3.getSRID());
        return centre;
    }
}
