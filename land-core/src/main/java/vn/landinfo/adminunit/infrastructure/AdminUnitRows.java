package vn.landinfo.adminunit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import vn.landinfo.adminunit.model.AdminLevel;
import vn.landinfo.adminunit.model.ReferenceUnit;

/** Writes reference units into {@code admin_unit}: inserted when new, names and links refreshed when current. */
public final class AdminUnitRows {

    /** The reform that created today's units took effect on this day (Resolution 202/2025/QH15). */
    public static final String VALID_FROM = "2025-07-01";

    // Keyed on the partial unique index of current units, so a repeated load updates instead of duplicating;
    // the boundary is left alone here (boundaries come from BoundaryRepairs).
    private static final String UPSERT = """
        INSERT INTO admin_unit (level, code, unit_type, name_vi, name_en, full_name_vi, full_name_en,
                                parent_id, province_code, valid_from, source)
        VALUES (?, ?, ?, ?, ?, ?, ?,
                (SELECT p.id FROM admin_unit p WHERE p.level = 'province' AND p.code = ? AND p.valid_to IS NULL),
                ?, DATE '""" + VALID_FROM + "', ?)" + """
        ON CONFLICT (level, code) WHERE valid_to IS NULL DO UPDATE
           SET unit_type = EXCLUDED.unit_type, name_vi = EXCLUDED.name_vi, name_en = EXCLUDED.name_en,
               full_name_vi = EXCLUDED.full_name_vi, full_name_en = EXCLUDED.full_name_en,
               parent_id = EXCLUDED.parent_id, province_code = EXCLUDED.province_code, source = EXCLUDED.source""";

    private AdminUnitRows() {
    }

    /** Provinces must come before their communes (the parent link is looked up by code). */
    public static void upsert(Connection connection, List<ReferenceUnit> units, String source) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(UPSERT)) {
            for (ReferenceUnit unit : units) {
                ps.setString(1, unit.level().dbValue());
                ps.setString(2, unit.code());
                ps.setString(3, unit.type().dbValue());
                ps.setString(4, unit.nameVi());
                ps.setString(5, unit.nameEn());
                ps.setString(6, unit.fullNameVi());
                ps.setString(7, unit.fullNameEn());
                ps.setString(8, unit.level() == AdminLevel.PROVINCE ? null : unit.provinceCode());
                ps.setString(9, unit.provinceCode());
                ps.setString(10, source);
                ps.addBatch();
                if (unit.level() == AdminLevel.PROVINCE) {
                    // a commune's parent lookup must see its province: flush provinces as they come
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Current communes that still have no boundary. */
    public static int communesWithoutBoundary(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             var rs = st.executeQuery("""
                 SELECT count(*) FROM admin_unit WHERE level = 'commune' AND valid_to IS NULL AND boundary IS NULL""")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
