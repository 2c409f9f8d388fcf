package vn.landinfo.adminunit.application;

import java.sql.Types;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The current provinces, or the current communes (of one province or of all 34: 3,321 rows, small
 * without boundaries), ordered by code, as one GeoJSON FeatureCollection. Boundaries only on request.
 */
public final class ListingAdminUnits {

    public enum Level { PROVINCE, COMMUNE }

    private static final String SQL = """
            SELECT json_build_object(
                       'type', 'FeatureCollection',
                       'numberMatched', count(*),
                       'numberReturned', count(*),
                       'features', coalesce(json_agg(json_build_object(
                           'type', 'Feature',
                           'id', u.code,
                           'geometry', CASE WHEN :boundary THEN ST_AsGeoJSON(ST_ForcePolygonCCW(u.boundary), 7)::json END,
                           'properties', json_build_object(%s)) ORDER BY u.code), '[]'::json))::text
            FROM admin_unit u
            LEFT JOIN admin_unit parent ON parent.id = u.parent_id
            WHERE u.level = :level AND u.valid_to IS NULL
              AND (CAST(:province AS text) IS NULL OR u.province_code = :province)""".formatted(AdminUnitJson.PROPERTIES);

    private final JdbcClient jdbc;

    public ListingAdminUnits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String list(Level level, Optional<String> provinceCode, boolean boundary) {
        return jdbc.sql(SQL)
                .param("level", level.name().toLowerCase())
                .param("province", provinceCode.orElse(null), Types.VARCHAR)
                .param("boundary", boundary)
                .query(String.class)
                .single();
    }
}
