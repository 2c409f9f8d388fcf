package vn.landinfo.transaction.model;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Test shapes in a TM-3 zone (EPSG:5897, Hà Nội), as the register reads them: SRID on the geometry, factory SRID 0. */
final class Shapes {

    static final int SRID = 5897;
    private static final WKTReader WKT = new WKTReader(new GeometryFactory());

    private Shapes() {
    }

    static Geometry read(String wkt) {
        try {
            Geometry g = WKT.read(wkt);
            g.setSRID(SRID);
            return g;
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static MultiPolygon parcel(String wkt) {
        return PolygonInput.asMultiPolygon(read(wkt), SRID);
    }

    static LineString line(String wkt) {
        return (LineString) read(wkt);
    }

    /** A w × h rectangle with its south-west corner at (x, y). */
    static MultiPolygon box(double x, double y, double w, double h) {
        return parcel("POLYGON((%s %s, %s %s, %s %s, %s %s, %s %s))".formatted(x, y, x + w, y, x + w, y + h, x, y + h, x, y));
    }
}
