package vn.landinfo.demo.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals the borders between demo communes. Each commune is generated on its own and rounded to the 1 mm
 * grid on its own, so where two communes meet, a lot corner on one side is a vertex the other side lacks,
 * rounded a fraction of a millimetre off the shared line: slivers of a few cm² that make neighbours
 * overlap. Snapping every border parcel to the vertices of the other commune's parcels within 5 mm (far
 * below the accuracy of a 1:500 survey) gives both sides the same vertices, so they meet exactly. Passes
 * repeat until nothing moves; a snap that would make a parcel invalid is not applied.
 *
 * <p>Snapping moves each parcel on its own, so between short urban edges a vertex moved a few millimetres can
 * make a border parcel overlap its neighbour (20 pairs of 1.3 million, in the same commune as often as across
 * the border, at most 0.026 m²). Those overlaps are then cut away from the larger parcel of each pair (legal
 * areas stay as surveyed; the computed area follows) until no parcel the seal changed overlaps another.
 *
 * <p>Last, a parcel the seal changed that no longer has a shape a surveyor accepts (the other commune's node, given to it
 * a few centimetres from its own node on the border, is within 5 cm of its own cut) is mended across the border
 * ({@link SealedDefects}: the two nodes merge in both communes' parcels; docs/decisions/0220).
 */
public final class CommuneBorders {

    /** How far a border vertex may move to meet the neighbouring commune's vertex, in metres. */
    static final double SNAP_TOLERANCE_M = 0.005;
    private static final int MAX_PASSES = 3;
    /** Cutting converges in three or four passes at a million parcels (each fit can touch a third parcel). */
    private static final int MAX_CUT_PASSES = 8;

    private static final String SNAP = """
        WITH snapped AS (
            SELECT a.id, ST_Multi(ST_Snap(a.geom_tm3, ST_Collect(b.geom_tm3 ORDER BY b.id), ?)) AS geom_tm3
            FROM parcel_version a
            JOIN parcel_version b ON a.commune_id <> b.commune_id AND a.geom && b.geom
                                 AND ST_SRID(a.geom_tm3) = ST_SRID(b.geom_tm3) AND ST_DWithin(a.geom_tm3, b.geom_tm3, ?)
            WHERE b.end_lifespan IS NULL AND a.id IN (SELECT id FROM demo_border_parcels)
            GROUP BY a.id, a.geom_tm3),
        changed AS (
            SELECT s.id, s.geom_tm3 FROM snapped s JOIN parcel_version v ON v.id = s.id
            WHERE NOT ST_Equals(v.geom_tm3, s.geom_tm3)),
        noted AS (
            INSERT INTO demo_touched_parcels SELECT id FROM changed ON CONFLICT DO NOTHING)
        UPDATE parcel_version v SET geom_tm3 = c.geom_tm3, geom = ST_Transform(c.geom_tm3, 4326)
        FROM changed c
        WHERE v.id = c.id AND ST_IsValid(c.geom_tm3)""";

    /**
     * Border parcels whose interiors still meet another parcel: of each such pair the larger parcel gives up the
     * overlap (a few cm² matter least to it; on equal areas the higher id), returning the parcels cut.
     */
    private static final String CUT = """
        WITH pair AS (
            SELECT DISTINCT least(a.id, b.id) AS x, greatest(a.id, b.id) AS y
            FROM demo_touched_parcels t
            JOIN parcel_version a ON a.id = t.id AND a.end_lifespan IS NULL
            JOIN parcel_version b ON b.id <> a.id AND b.end_lifespan IS NULL AND a.geom && b.geom
                                 AND ST_SRID(a.geom_tm3) = ST_SRID(b.geom_tm3) AND ST_Relate(a.geom_tm3, b.geom_tm3, '2********')),
        ranked AS (
            SELECT CASE WHEN (ST_Area(px.geom_tm3), px.id) > (ST_Area(py.geom_tm3), py.id) THEN px.id ELSE py.id END AS loser,
                   CASE WHEN (ST_Area(px.geom_tm3), px.id) > (ST_Area(py.geom_tm3), py.id) THEN py.geom_tm3 ELSE px.geom_tm3 END AS winner,
                   CASE WHEN (ST_Area(px.geom_tm3), px.id) > (ST_Area(py.geom_tm3), py.id) THEN py.id ELSE px.id END AS winner_id
            FROM pair JOIN parcel_version px ON px.id = pair.x JOIN parcel_version py ON py.id = pair.y),
        cut AS (
            SELECT r.loser AS id, ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Difference(v.geom_tm3, ST_Union(r.winner ORDER BY r.winner_id))), 3)) AS geom_tm3
            FROM ranked r JOIN parcel_version v ON v.id = r.loser
            GROUP BY r.loser, v.geom_tm3)
        UPDATE parcel_version v SET geom_tm3 = c.geom_tm3, geom = ST_Transform(c.geom_tm3, 4326)
        FROM cut c
        WHERE v.id = c.id AND NOT ST_IsEmpty(c.geom_tm3) AND ST_IsValid(c.geom_tm3)
        RETURNING v.id""";

    /**
     * The neighbours of the parcels just cut take the cut's new corner points into their edges (within 1 mm), so
     * both sides share them exactly: a corner computed on another parcel's edge lies a rounding error off it.
     */
    private static final String FIT = """
        WITH fitted AS (
            SELECT a.id, ST_Multi(ST_Snap(a.geom_tm3, ST_Collect(b.geom_tm3 ORDER BY b.id), 0.001)) AS geom_tm3
            FROM parcel_version b
            JOIN parcel_version a ON a.id <> b.id AND a.end_lifespan IS NULL AND a.geom && b.geom
                                 AND ST_SRID(a.geom_tm3) = ST_SRID(b.geom_tm3) AND ST_DWithin(a.geom_tm3, b.geom_tm3, 0.001)
            WHERE b.id = ANY (?) AND NOT a.id = ANY (?)
            GROUP BY a.id, a.geom_tm3)
        UPDATE parcel_version v SET geom_tm3 = f.geom_tm3, geom = ST_Transform(f.geom_tm3, 4326)
        FROM fitted f
        WHERE v.id = f.id AND ST_IsValid(f.geom_tm3) AND NOT ST_Equals(v.geom_tm3, f.geom_tm3)
        RETURNING v.id""";

    private CommuneBorders() {
    }

    /** Seals the borders of the given communes (codes) with every loaded neighbour; returns how many parcel versions moved. */
    public static long seal(Connection c, List<String> communeCodes) throws SQLException {
        try (Statement s = c.createStatement()) {
            // Snapping to a collection of neighbours depends on their order, so every aggregate is ordered by id,
            // and no parallel scan feeds them (docs/decisions/0080-reproducible-demo-register.md).
            s.execute("SET LOCAL max_parallel_workers_per_gather = 0");
            // The load has just written most of these rows: with the statistics of an empty table the planner
            // joined every border parcel to every parcel (a hash join on the SRID, 8.5 million pairs for one ward)
            // instead of looking its neighbours up in the spatial index.
            s.execute("ANALYZE parcel_version");
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
            // The parcels snapping changed (or wanted to, if the result was invalid): only they can overlap a
            // neighbour afterwards, so only they are checked (a relate per neighbour pair is the costly part).
            s.execute("CREATE TEMP TABLE demo_touched_parcels (id bigint PRIMARY KEY) ON COMMIT DROP");
            // Every parcel the seal changed, in any pass: only they can have been made defective by it.
            s.execute("CREATE TEMP TABLE demo_sealed_parcels (id bigint PRIMARY KEY) ON COMMIT DROP");
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
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO demo_sealed_parcels SELECT id FROM demo_touched_parcels ON CONFLICT DO NOTHING");
        }
        for (int pass = 0; pass < MAX_CUT_PASSES; pass++) {
            List<Long> cut = ids(c, CUT, null);
            if (cut.isEmpty()) {
                break;
            }
            List<Long> fitted = ids(c, FIT, c.createArrayOf("bigint", cut.toArray()));
            moved += cut.size() + fitted.size();
            // What this pass changed is all the next pass must look at.
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE demo_touched_parcels");
            }
            List<Long> touched = new ArrayList<>(cut);
            touched.addAll(fitted);
            for (String table : List.of("demo_touched_parcels", "demo_sealed_parcels")) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " SELECT DISTINCT unnest(?::bigint[]) ON CONFLICT DO NOTHING")) {
                    ps.setArray(1, c.createArrayOf("bigint", touched.toArray()));
                    ps.executeUpdate();
                }
            }
        }
        return moved + SealedDefects.mend(c);
    }

    /** Runs a statement returning parcel version ids; {@code ids} binds both placeholders when given. */
    private static List<Long> ids(Connection c, String sql, Array ids) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (ids != null) {
                ps.setArray(1, ids);
                ps.setArray(2, ids);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
        return out;
    }
}
