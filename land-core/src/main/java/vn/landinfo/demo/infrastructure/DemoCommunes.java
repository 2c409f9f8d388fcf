package vn.landinfo.demo.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.precision.GeometryPrecisionReducer;
import vn.landinfo.demo.model.CommuneCadastre;

/** Reads the current communes a demo load works on, their boundaries in their province's TM-3 zone. */
public final class DemoCommunes {

    private static final String SELECT = """
        SELECT a.id, a.code, a.name_vi, a.unit_type, a.province_code, a.parent_id, z.srid,
               (SELECT count(*) FROM admin_unit c WHERE c.level = 'commune' AND c.valid_to IS NULL AND c.code < a.code) AS ordinal,
               ARRAY(SELECT o.name_vi FROM admin_unit o WHERE o.level = 'commune' AND o.valid_to IS NULL
                     AND o.province_code = a.province_code AND o.code <> a.code ORDER BY o.code) AS province_names,
               ST_AsBinary(ST_Transform(COALESCE(ST_Difference(ST_MakeValid(a.boundary), (
                   SELECT ST_Union(ST_MakeValid(b.boundary) ORDER BY b.code) FROM admin_unit b
                   WHERE b.level = 'commune' AND b.valid_to IS NULL AND b.code < a.code
                     AND b.boundary && a.boundary AND ST_Intersects(b.boundary, a.boundary))), ST_MakeValid(a.boundary)), z.srid)) AS tm3
        FROM admin_unit a JOIN province_tm3_zone z ON z.province_code = a.province_code
        WHERE a.level = 'commune' AND a.valid_to IS NULL AND a.boundary IS NOT NULL AND %s
        ORDER BY a.code""";

    private DemoCommunes() {
    }

    /** The named communes; a code that is not a current commune with a boundary is an error. */
    public static List<CommuneToLoad> byCodes(Connection connection, List<String> codes) throws SQLException {
        List<CommuneToLoad> found = query(connection, "a.code = ANY(?)", connection.createArrayOf("varchar", codes.toArray()));
        List<String> missing = new ArrayList<>(codes);
        found.forEach(c -> missing.remove(c.code()));
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no current commune with a boundary for code(s) " + missing
                + " / không có xã hiện hành có ranh giới với mã " + missing + " (load admin units first / nạp đơn vị hành chính trước)");
        }
        return found;
    }

    /** The communes of a province in code order. */
    public static List<String> codesOfProvince(Connection connection, String provinceCode) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT code FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL AND boundary IS NOT NULL
                AND province_code = ? ORDER BY code""")) {
            ps.setString(1, provinceCode);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("province " + provinceCode + " has no commune with a boundary / tỉnh "
                + provinceCode + " không có xã nào có ranh giới");
        }
        return codes;
    }

    private static List<CommuneToLoad> query(Connection connection, String where, Array parameter) throws SQLException {
        List<CommuneToLoad> communes = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SELECT.formatted(where))) {
            ps.setArray(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    communes.add(new CommuneToLoad(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("unit_type"), rs.getString("province_code"), rs.getLong("parent_id"), rs.getInt("srid"),
                        rs.getInt("ordinal"), snapped(rs.getBytes("tm3")),
                        List.of((String[]) rs.getArray("province_names").getArray())));
                }
            }
        }
        return communes;
    }

    /** The boundary on the 1 mm grid every demo coordinate uses, repaired if snapping broke it. */
    private static Geometry snapped(byte[] wkb) {
        try {
            Geometry g = new WKBReader(new GeometryFactory(CommuneCadastre.PRECISION)).read(wkb);
            Geometry reduced = GeometryPrecisionReducer.reduce(g, CommuneCadastre.PRECISION);
            return reduced.isValid() ? reduced : GeometryFixer.fix(reduced);
        } catch (ParseException e) {
            throw new IllegalStateException("unreadable commune boundary", e);
        }
    }
}
