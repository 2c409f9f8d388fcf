package vn.landinfo.transaction.infrastructure;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/** JTS ⇄ PostGIS as EWKB, so SRIDs travel with the bytes and coordinates keep every bit. */
public final class Geometries {

    private Geometries() {
    }

    public static byte[] ewkb(Geometry g) {
        return new WKBWriter(2, true).write(g);
    }

    public static Geometry read(byte[] ewkb) {
        try {
            return new WKBReader().read(ewkb);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned unreadable WKB: " + e.getMessage(), e);
        }
    }
}
