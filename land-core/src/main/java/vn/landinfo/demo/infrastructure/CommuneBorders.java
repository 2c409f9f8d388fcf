package vn.landinfo.demo.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Seals the borders between demo communes. Each commune is generated on its own and rounded to the 1 mm
 * grid on its own, so where two communes meet, a lot corner on one side is a vertex the other side lacks,
 * rounded a fraction of a millimetre off the shared line: slivers of a few cm² that make neighbours
 * overlap. Snapping every border parcel to the vertices of the other commune's parcels within 5 mm (far
 * below the accuracy of a 1:500 survey) gives both sides the same vertices, so they meet exactly. Passes
 * repeat until nothing moves; a snap that would make a parcel invalid is not applied.
 */
public final class CommuneBorders {

    /** How far a border vertex may move to meet the neighbouring commune's vertex, in metres. */
    static final double SNAP_TOLERANCE_M = 0.005;
    private static final int MAX_PASSES = 3;

    private static final String SNAP = """
        WITH snapped AS (
            SELECT a.id, ST_Multi(ST_Snap(a.geom_tm3, ST_Collect(b.geom_tm3), ?)) AS geom_tm3
            FROM parcel_version a
            JOIN parcel_version b ON a.commune_id <> b.commune_id AND a.geom && b.geom
                                 AND ST_SRID(a.geom_tm3) = ST_SRID(b.geom_tm3) AND ST_DWithin(a.geom_tm3, b.geom_tm3, ?)
            WHERE b.end_lifespan IS NULL AND a.id IN (SELECT id FROM demo_border_parcels)
            GROUP BY a.id, a.geom_tm3)
        UPDATE parcel_version v SET geom_tm3 = s.geom_tm3, geom = ST_Transform(s.geom_tm3, 4326)
        FROM snapped s
        WHERE v.id = s.id AND ST_IsValid(s.geom_tm3) AND NOT ST_Equals(v.geom_tm3, s.geom_tm3)""";

    private CommuneBorders() {
    }

    /** Seals the borders of the given communes (codes) with every loaded neighbour; returns how many parcel versions moved. */
    public static long seal(Connection c, java.util.List<String> communeCodes) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE demo_border_communes (commune_id bigint PRIMARY KEY) ON COMMIT DROP");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO demo_border_communes
                SELECT DISTINCT n.id FROM admin_unit a JOIN admin_unit n ON n.level = 'commune' AND n.valid_to IS NULL
                    AND n.boundary && a.boundary AND ST_Intersects(n.boundary, a.boundary)
                WHERE a.level = 'commune' AND a.valid_to IS NULL AND a.code = ANY (?) AND EXISTS (SELECT 1 FROM parcel_version v WHERE v.commune_id = n.id)""")) {
            ps.setArray(1, c.createArrayOf("varchar", communeCodes.toArray()));
            ps.executeUpdate();
        }
        // Only parcels near a commune outline can need it: find them through short pieces of the outlines,
        // so the index narrows the search to the borders instead of every parcel of every commune.
        try (Statement s = c.createStatement()) {
            s.execute("""
                CREATE TEMP TABLE demo_border_parcels ON COMMIT DROP AS
                SELECT DISTINCT v.id
                FROM (SELECT ST_Subdivide(ST_Boundary(n.boundary), 32) AS line
                      FROM admin_unit n JOIN demo_border_communes d ON d.commune_id = n.id) l
                JOIN parcel_version v ON v.geom && ST_Expand(l.line, 0.00002) AND ST_DWithin(v.geom, l.line, 0.00002)
                WHERE v.commune_id IN (SELECT commune_id FROM demo_border_communes)""");
            s.execute("ANALYZE demo_border_parcels");
        }
        long moved = 0;
        try (PreparedStatement ps = c.prepareStatement(SNAP)) {
            ps.setDouble(1, SNAP_TOLERANCE_M);
            ps.setDouble(2, 2 * SNAP_TOLERANCE_M);
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                int n = ps.executeUpdate();
                moved += n;
                if (n == 0) {
                    break;
                }
            }
        }
        return moved;
    }
}
