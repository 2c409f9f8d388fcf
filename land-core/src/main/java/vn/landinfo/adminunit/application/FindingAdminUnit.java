package vn.landinfo.adminunit.application;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.adminunit.model.AdminLevel;

/**
 * One administrative unit by code (2 digits: province, 5 digits: commune) as a GeoJSON Feature: the
 * current unit with that code, else the most recent former one. A commune lists its survey units (the
 * pre-merger wards and communes whose map sheets it inherited, via admin_unit_succession); a former
 * unit lists its successors; a province counts its communes.
 */
public final class FindingAdminUnit {

    private static final String SQL = """
            SELECT json_build_object(
                       'type', 'Feature',
                       'id', u.code,
                       'geometry', CASE WHEN :boundary THEN ST_AsGeoJSON(ST_ForcePolygonCCW(u.boundary), 7)::json END,
                       'properties', json_build_object(%s,
                           'parent', CASE WHEN parent.id IS NULL THEN NULL
                                          ELSE json_build_object('code', parent.code, 'name', parent.full_name_vi, 'nameEn', parent.full_name_en) END,
                           'hasBoundary', u.boundary IS NOT NULL,
                           'communeCount', CASE WHEN u.level = 'province' THEN
                               (SELECT count(*) FROM admin_unit c WHERE c.parent_id = u.id AND c.level = 'commune' AND c.valid_to IS NULL) END,
                           'surveyUnits', (SELECT coalesce(json_agg(json_build_object(
                                                   'code', pu.code, 'name', pu.full_name_vi, 'nameEn', pu.full_name_en,
                                                   'validFrom', pu.valid_from, 'validTo', pu.valid_to,
                                                   'kind', s.kind, 'effectiveDate', s.effective_date) ORDER BY pu.code), '[]'::json)
                                           FROM admin_unit_succession s JOIN admin_unit pu ON pu.id = s.predecessor_id
                                           WHERE s.successor_id = u.id),
                           'successors', (SELECT coalesce(json_agg(json_build_object(
                                                   'code', su.code, 'name', su.full_name_vi, 'nameEn', su.full_name_en,
                                                   'kind', s.kind, 'effectiveDate', s.effective_date) ORDER BY su.code), '[]'::json)
                                          FROM admin_unit_succession s JOIN admin_unit su ON su.id = s.successor_id
                                          WHERE s.predecessor_id = u.id))
                   )::text
            FROM admin_unit u
            LEFT JOIN admin_unit parent ON parent.id = u.parent_id
            WHERE u.level = :level AND u.code = :code
            ORDER BY u.valid_to IS NULL DESC, u.valid_from DESC
            LIMIT 1""".formatted(AdminUnitJson.PROPERTIES);

    private final JdbcClient jdbc;

    public FindingAdminUnit(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> byCode(String code, boolean boundary) {
        return jdbc.sql(SQL)
                .param("level", code.length() == 2 ? "province" : "commune")
                .param("code", code)
                .param("boundary", boundary)
                .query(String.class)
                .optional();
    }

    /** Whether a current (not merged away) province or commune has this code: a 404 must name the right thing. */
    public boolean isCurrent(AdminLevel level, String code) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM admin_unit WHERE level = :level AND code = :code AND valid_to IS NULL)")
                .param("level", level.dbValue()).param("code", code).query(Boolean.class).single();
    }
}
