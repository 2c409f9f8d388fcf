package vn.landinfo.transaction.infrastructure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.transaction.model.RuleSettings;
import vn.landinfo.shared.model.Violation;

/**
 * The rules every transaction is checked against after its writes, on the register as it would be
 * (inside the not-yet-committed database transaction), so the preview and the commit judge exactly the
 * same state. PostGIS does the spatial work with the GiST indexes.
 */
public final class CommonRuleChecks {

    private final JdbcClient jdbc;
    private final RuleSettings settings;

    public CommonRuleChecks(DataSource dataSource, RuleSettings settings) {
        this.jdbc = JdbcClient.create(dataSource);
        this.settings = settings;
    }

    public List<Violation> check(Collection<Long> openedVersions, Collection<Long> reshapedVersions) {
        List<Violation> found = new ArrayList<>();
        if (!reshapedVersions.isEmpty()) {
            found.addAll(overlaps(reshapedVersions));
        }
        if (!openedVersions.isEmpty()) {
            found.addAll(legalAreas(openedVersions));
            found.addAll(purposeAreas(openedVersions));
        }
        return found;
    }

    /** OVERLAPS_NEIGHBOUR: a reshaped parcel overlaps another current parcel by more than the tolerance. */
    private List<Violation> overlaps(Collection<Long> versions) {
        Long[] ids = versions.toArray(Long[]::new);
        return jdbc.sql("""
                SELECT a.parcel_id AS a, b.parcel_id AS b, ms.sheet_number, b.parcel_number, x.area, ST_AsEWKB(x.part) AS part
                FROM parcel_version a
                JOIN parcel_version b ON b.end_lifespan IS NULL AND b.parcel_id <> a.parcel_id
                                     AND a.geom && b.geom AND ST_Intersects(a.geom, b.geom)
                                     AND (NOT b.id = ANY (:ids) OR a.id < b.id)
                JOIN map_sheet ms ON ms.id = b.map_sheet_id
                CROSS JOIN LATERAL (SELECT ST_Intersection(a.geom_tm3, ST_Transform(b.geom_tm3, ST_SRID(a.geom_tm3))) AS part) p
                CROSS JOIN LATERAL (SELECT ST_Area(p.part) AS area, ST_CollectionExtract(p.part, 3) AS part) x
                WHERE a.id = ANY (:ids) AND a.end_lifespan IS NULL AND x.area > :tol
                ORDER BY a.parcel_id, b.parcel_id""")
                .param("ids", ids).param("tol", settings.overlapToleranceM2())
                .query((rs, n) -> new Violation("OVERLAPS_NEIGHBOUR",
                        "Thửa đất chồng lấn %.2f m² lên thửa %d tờ bản đồ %d".formatted(rs.getDouble("area"), rs.getInt("parcel_number"), rs.getInt("sheet_number")),
                        "The parcel overlaps parcel %d of sheet %d by %.2f m² (tolerance %.4f m²)".formatted(rs.getInt("parcel_number"),
                                rs.getInt("sheet_number"), rs.getDouble("area"), settings.overlapToleranceM2()),
                        rs.getLong("a"), Geometries.read(rs.getBytes("part"))))
                .list();
    }

    /** LEGAL_AREA_MISMATCH: legal area and the area computed in TM-3 differ by more than the survey tolerance. */
    private List<Violation> legalAreas(Collection<Long> versions) {
        List<Violation> found = new ArrayList<>();
        jdbc.sql("""
                SELECT pv.parcel_id, pv.legal_area, pv.computed_area, ms.scale
                FROM parcel_version pv JOIN map_sheet ms ON ms.id = pv.map_sheet_id
                WHERE pv.id = ANY (:ids) ORDER BY pv.parcel_id""")
                .param("ids", versions.toArray(Long[]::new))
                .query((rs, n) -> {
                    BigDecimal legal = rs.getBigDecimal("legal_area");
                    BigDecimal computed = rs.getBigDecimal("computed_area");
                    double tolerance = settings.legalAreaTolerance(rs.getInt("scale"), computed.doubleValue());
                    double diff = legal.subtract(computed).abs().doubleValue();
                    if (diff > tolerance) {
                        found.add(new Violation("LEGAL_AREA_MISMATCH",
                                "Diện tích pháp lý %s m² chênh %.1f m² so với diện tích tính từ bản đồ %s m² (sai số cho phép %.1f m², tỷ lệ 1:%d)"
                                        .formatted(legal.toPlainString(), diff, computed.toPlainString(), tolerance, rs.getInt("scale")),
                                "Legal area %s m² differs by %.1f m² from the area computed from the map, %s m² (allowed %.1f m² at 1:%d)"
                                        .formatted(legal.toPlainString(), diff, computed.toPlainString(), tolerance, rs.getInt("scale")),
                                rs.getLong("parcel_id"), null));
                    }
                    return 0;
                }).list();
        return found;
    }

    /** PURPOSE_AREAS_MISMATCH: the purposes' areas do not add up to the legal area. */
    private List<Violation> purposeAreas(Collection<Long> versions) {
        return jdbc.sql("""
                SELECT pv.parcel_id, pv.legal_area, coalesce(sum(u.area), 0) AS total, count(u.id) AS n
                FROM parcel_version pv LEFT JOIN parcel_land_use u ON u.parcel_version_id = pv.id
                WHERE pv.id = ANY (:ids)
                GROUP BY pv.parcel_id, pv.legal_area
                HAVING count(u.id) = 0 OR abs(coalesce(sum(u.area), 0) - pv.legal_area) > 0.05
                ORDER BY pv.parcel_id""")
                .param("ids", versions.toArray(Long[]::new))
                .query((rs, n) -> rs.getInt("n") == 0
                        ? new Violation("PURPOSES_MISSING", "Thửa đất chưa có mục đích sử dụng",
                                "The parcel has no land-use purpose", rs.getLong("parcel_id"), null)
                        : new Violation("PURPOSE_AREAS_MISMATCH",
                                "Tổng diện tích theo mục đích sử dụng %s m² khác diện tích pháp lý %s m²"
                                        .formatted(rs.getBigDecimal("total").toPlainString(), rs.getBigDecimal("legal_area").toPlainString()),
                                "The purposes' areas add up to %s m², not the legal area %s m²"
                                        .formatted(rs.getBigDecimal("total").toPlainString(), rs.getBigDecimal("legal_area").toPlainString()),
                                rs.getLong("parcel_id"), null))
                .list();
    }
}
