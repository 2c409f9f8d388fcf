package vn.landinfo.demo.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import vn.landinfo.demo.model.BorderShapes;
import vn.landinfo.demo.model.CommuneCadastre;

/**
 * The last step of {@link CommuneBorders}: a parcel the seal changed that no longer has a shape a surveyor accepts (the
 * other commune's node a few centimetres from its own, decision 0220) is mended with the parcels touching it, on both
 * sides of the border, by {@link BorderShapes}. Parcels are taken in id order and each partition is read after the
 * mending before it, so the result does not depend on anything but the register.
 */
final class SealedDefects {

    private static final String SEALED = """
        SELECT v.id, ST_AsBinary(v.geom_tm3) FROM parcel_version v JOIN demo_sealed_parcels t ON t.id = v.id
        WHERE v.end_lifespan IS NULL ORDER BY v.id""";

    /** The current parcels touching parcel version ? (within a millimetre: the seal's cut leaves rounding gaps). */
    private static final String AROUND = """
        SELECT v.id, v.commune_id, ST_AsBinary(v.geom_tm3), ST_SRID(v.geom_tm3)
        FROM parcel_version d
        JOIN parcel_version v ON v.end_lifespan IS NULL AND v.geom && ST_Expand(d.geom, 0.0001)
                             AND ST_SRID(v.geom_tm3) = ST_SRID(d.geom_tm3) AND ST_DWithin(v.geom_tm3, d.geom_tm3, 0.001)
        WHERE d.id = ? ORDER BY v.id""";

    private static final String WRITE = """
        UPDATE parcel_version SET geom_tm3 = g.geom_tm3, geom = ST_Transform(g.geom_tm3, 4326)
        FROM (SELECT ST_Multi(ST_GeomFromWKB(?, ?)) AS geom_tm3) g
        WHERE id = ?""";

    private SealedDefects() {
    }

    /** Mends the sealed parcels that fail the bar; returns how many parcel versions changed. */
    static long mend(Connection c) throws SQLException {
        GeometryFactory factory = new GeometryFactory(CommuneCadastre.PRECISION);
        WKBReader reader = new WKBReader(factory);
        List<Long> defective = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(SEALED)) {
            while (rs.next()) {
                if (!BorderShapes.acceptable(read(reader, rs.getBytes(2)))) {
                    defective.add(rs.getLong(1));
                }
            }
        }
        long changed = 0;
        for (long id : defective) {
            List<BorderShapes.Parcel> partition = new ArrayList<>();
            int srid = 0;
            try (PreparedStatement ps = c.prepareStatement(AROUND)) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        partition.add(new BorderShapes.Parcel(rs.getLong(1), rs.getLong(2), read(reader, rs.getBytes(3))));
                        srid = rs.getInt(4);
                    }
                }
            }
            Geometry own = partition.stream().filter(p -> p.id() == id).findFirst().orElseThrow().geometry();
            if (BorderShapes.acceptable(own)) {
                continue; // mended on the way by an earlier parcel's mending
            }
            List<BorderShapes.Parcel> mended = BorderShapes.mend(partition, id, factory);
            try (PreparedStatement ps = c.prepareStatement(WRITE)) {
                for (BorderShapes.Parcel p : mended) {
                    ps.setBytes(1, new WKBWriter().write(p.geometry()));
                    ps.setInt(2, srid);
                    ps.setLong(3, p.id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            changed += mended.size();
        }
        return changed;
    }

    private static Geometry read(WKBReader reader, byte[] wkb) throws SQLException {
        try {
            return reader.read(wkb);
        } catch (ParseException e) {
            throw new SQLException("unreadable parcel geometry", e);
        }
    }
}
