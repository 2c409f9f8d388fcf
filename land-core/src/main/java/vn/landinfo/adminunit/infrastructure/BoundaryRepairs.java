package vn.landinfo.adminunit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import vn.landinfo.adminunit.model.InvalidAdminUnitInput;
import vn.landinfo.adminunit.model.OverlapTolerance;

/**
 * Turns the staged GeoJSON into repaired boundaries of current units, set-based in PostGIS:
 * <ol>
 *   <li>every staged code must name one current unit of its level (else the whole import is refused);</li>
 *   <li>invalid geometries are made valid, keeping only their polygonal parts, and every boundary becomes a
 *       MultiPolygon (the column's type);</li>
 *   <li>two units of one level whose interiors overlap by at least {@link OverlapTolerance} give the overlap to
 *       the lower code: it is subtracted from the higher one. The rule does not depend on load order, so a
 *       region claimed by several units ends up in exactly one of them;</li>
 *   <li>the result replaces {@code admin_unit.boundary}, with what was done in {@code boundary_repair}.</li>
 * </ol>
 * A boundary file may touch units that are not in it: a stored neighbour with a higher code loses the overlap.
 */
public final class BoundaryRepairs {

    /** What the repairs did. */
    public record Outcome(int boundaries, int invalidRepaired, int overlappingPairs, double overlapAreaMovedM2,
                          List<String> repairedUnits) {
    }

    private final Connection connection;

    public BoundaryRepairs(Connection connection) {
        this.connection = connection;
    }

    public Outcome apply() throws SQLException {
        refuseUnknownCodes();
        refuseDuplicates();
        int boundaries = buildWorkTable();
        int invalid = update("""
            UPDATE boundary_work
               SET repair = 'Ranh giới không hợp lệ đã được sửa / invalid boundary made valid ('
                            || ST_IsValidReason(geom) || ')',
                   geom = ST_Multi(ST_CollectionExtract(ST_MakeValid(geom), 3))
             WHERE NOT ST_IsValid(geom)""");
        update("UPDATE boundary_work SET geom = ST_Multi(geom) WHERE ST_GeometryType(geom) <> 'ST_MultiPolygon'");
        refuseEmpty();
        update("CREATE INDEX ON boundary_work USING gist (geom)");
        update("ANALYZE boundary_work");
        int pairs = findOverlaps();
        double moved = cutOverlaps();
        update("""
            UPDATE admin_unit u SET boundary = w.geom, boundary_repair = w.repair
              FROM boundary_work w WHERE u.id = w.unit_id""");
        return new Outcome(boundaries, invalid, pairs, moved, repairedUnits());
    }

    private void refuseUnknownCodes() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                 SELECT s.source, s.ordinal, s.code, s.level FROM boundary_stage s
                  WHERE NOT EXISTS (SELECT 1 FROM admin_unit u
                                     WHERE u.valid_to IS NULL AND u.level = s.level AND u.code = s.code)
                  ORDER BY s.source, s.ordinal LIMIT 1""")) {
            if (rs.next()) {
                throw new InvalidAdminUnitInput(rs.getString(1) + ": "
                        + BoundaryFeature.label(rs.getInt(2), rs.getString(3)) + ": không có đơn vị hành chính hiện hành mã "
                        + rs.getString(3) + " / no current " + rs.getString(4) + " has code " + rs.getString(3)
                        + " (import the reference units first: ./landinfo import admin-units)");
            }
        }
    }

    private void refuseDuplicates() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("""
                 SELECT code, string_agg(source || ' feature ' || ordinal, ', ' ORDER BY source, ordinal)
                   FROM boundary_stage GROUP BY level, code HAVING count(*) > 1 ORDER BY code LIMIT 1""")) {
            if (rs.next()) {
                throw new InvalidAdminUnitInput("mã " + rs.getString(1) + " xuất hiện nhiều lần / code "
                        + rs.getString(1) + " has more than one boundary: " + rs.getString(2));
            }
        }
    }

    private int buildWorkTable() throws SQLException {
        try {
            update("""
                CREATE TEMP TABLE boundary_work ON COMMIT DROP AS
                SELECT u.id AS unit_id, u.level, u.code,
                       ST_Force2D(ST_SetSRID(ST_GeomFromGeoJSON(s.geojson), 4326)) AS geom,
                       NULL::text AS repair
                  FROM boundary_stage s
                  JOIN admin_unit u ON u.valid_to IS NULL AND u.level = s.level AND u.code = s.code""");
            return count("SELECT count(*) FROM boundary_work");
        } catch (SQLException e) {
            // The reader already checked the shape; what is left is PostGIS refusing a number or a structure.
            throw new InvalidAdminUnitInput("PostGIS không đọc được hình học / PostGIS cannot read a geometry: "
                    + e.getMessage());
        }
    }

    private void refuseEmpty() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT code FROM boundary_work WHERE ST_IsEmpty(geom) ORDER BY code LIMIT 1")) {
            if (rs.next()) {
                throw new InvalidAdminUnitInput("ranh giới " + rs.getString(1) + " không còn diện tích sau khi sửa / "
                        + "the boundary of " + rs.getString(1) + " has no area left once made valid");
            }
        }
    }

    /**
     * Pairs of one level whose interiors share an area ('2********': the interior–interior intersection is
     * two-dimensional — touching edges do not count), winner = lower code. Three sources of pairs: two boundaries
     * of this import, an imported one losing to a stored lower-coded neighbour, and a stored higher-coded
     * neighbour losing to an imported one.
     */
    private int findOverlaps() throws SQLException {
        update("""
            CREATE TEMP TABLE overlap_pair (
                winner_code text, winner_geom geometry, loser_id bigint, loser_code text,
                loser_geom geometry, loser_in_file boolean) ON COMMIT DROP""");
        String keep = " AND ST_Relate(%1$s, %2$s, '2********') AND ST_Area(ST_Intersection(%1$s, %2$s)::geography) >= "
                + OverlapTolerance.SQUARE_METRES;
        update("""
            INSERT INTO overlap_pair
            SELECT a.code, a.geom, b.unit_id, b.code, b.geom, true
              FROM boundary_work a JOIN boundary_work b ON a.level = b.level AND a.code < b.code AND a.geom && b.geom
             WHERE true""" + keep.formatted("a.geom", "b.geom"));
        String stored = """
              FROM boundary_work w
              JOIN admin_unit u ON u.valid_to IS NULL AND u.level = w.level AND u.boundary && w.geom
                               AND u.code %s w.code
                               AND NOT EXISTS (SELECT 1 FROM boundary_work o WHERE o.unit_id = u.id)
             WHERE true""";
        update("INSERT INTO overlap_pair SELECT u.code, u.boundary, w.unit_id, w.code, w.geom, true"
                + stored.formatted("<") + keep.formatted("u.boundary", "w.geom"));
        update("INSERT INTO overlap_pair SELECT w.code, w.geom, u.id, u.code, u.boundary, false"
                + stored.formatted(">") + keep.formatted("w.geom", "u.boundary"));
        return count("SELECT count(*) FROM overlap_pair");
    }

    /** Subtracts from every loser the union of its winners (as they were before any cut); returns m² moved. */
    private double cutOverlaps() throws SQLException {
        update("""
            CREATE TEMP TABLE overlap_cut ON COMMIT DROP AS
            SELECT loser_id, loser_in_file, winners, old_geom, new_geom,
                   ST_Area(old_geom::geography) - ST_Area(new_geom::geography) AS moved_m2
              FROM (SELECT loser_id, bool_and(loser_in_file) AS loser_in_file,
                           string_agg(winner_code, ', ' ORDER BY winner_code) AS winners,
                           (array_agg(loser_geom))[1] AS old_geom,
                           ST_Multi(ST_CollectionExtract(ST_MakeValid(
                               ST_Difference((array_agg(loser_geom))[1], ST_Union(winner_geom))), 3)) AS new_geom
                      FROM overlap_pair GROUP BY loser_id) cut""");
        String note = """
            'Chồng lấn với ' || c.winners || ' đã bỏ (' || round(c.moved_m2::numeric, 1)
            || ' m² thuộc đơn vị mã nhỏ hơn) / overlap with ' || c.winners || ' removed ('
            || round(c.moved_m2::numeric, 1) || ' m² kept by the lower code)'""";
        update("UPDATE boundary_work w SET geom = c.new_geom, repair = concat_ws('; ', w.repair, " + note + ")"
                + " FROM overlap_cut c WHERE c.loser_in_file AND w.unit_id = c.loser_id");
        update("UPDATE admin_unit u SET boundary = c.new_geom, boundary_repair = concat_ws('; ', u.boundary_repair, "
                + note + ") FROM overlap_cut c WHERE NOT c.loser_in_file AND u.id = c.loser_id");
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(sum(moved_m2), 0) FROM overlap_cut")) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private List<String> repairedUnits() throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT code FROM boundary_work WHERE repair IS NOT NULL
                UNION
                SELECT u.code FROM overlap_cut c JOIN admin_unit u ON u.id = c.loser_id
                ORDER BY 1""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }

    private int update(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
            return Math.max(st.getUpdateCount(), 0);
        }
    }

    private int count(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
