package vn.landinfo.cadastre.application;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;
import vn.landinfo.cadastre.model.AreaQuery;
import vn.landinfo.cadastre.model.ParcelPage;

/**
 * Parcels intersecting a WGS 84 box, optionally of one purpose and one commune, a page at a time in
 * parcel-id order (keyset paging: stable while the register changes, no OFFSET scans).
 * numberMatched is counted on every page; the box's area is bounded by the caller, which bounds the count.
 */
public final class FindingParcelsInArea {

    private static final String PAGE = """
            SELECT coalesce(json_agg(f.feature ORDER BY f.parcel_id) FILTER (WHERE f.rn <= :limit), '[]'::json)::text AS features,
                   count(*) FILTER (WHERE f.rn <= :limit) AS returned,
                   max(f.parcel_id) FILTER (WHERE f.rn <= :limit) AS last_id,
                   count(*) > :limit AS more
            FROM (SELECT feature.*, row_number() OVER (ORDER BY feature.parcel_id) AS rn FROM feature) f""";

    private final JdbcClient jdbc;
    private final ParcelFeatureSql sql;

    public FindingParcelsInArea(JdbcClient jdbc, ParcelFeatureSql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    public ParcelPage find(AreaQuery query) {
        String where = where(query);
        String hit = """
                    SELECT pv.id AS version_id, %s AS at
                    FROM parcel_version pv
                    WHERE %s%s
                    ORDER BY pv.parcel_id
                    LIMIT :limit + 1""".formatted(ParcelFeatureSql.instant(query.asOf()), where,
                query.afterParcelId().isPresent() ? " AND pv.parcel_id > :after" : "");
        record Page(String features, int returned, Long lastId, boolean more) {
        }
        Page page = bind(jdbc.sql(sql.withFeatures(hit, PAGE)), query)
                .param("limit", query.limit())
                .query((rs, n) -> new Page(rs.getString("features"), rs.getInt("returned"),
                        rs.getObject("last_id", Long.class), rs.getBoolean("more")))
                .single();
        long matched = bind(jdbc.sql("SELECT count(*) FROM parcel_version pv WHERE " + where), query)
                .query(Long.class).single();
        return new ParcelPage(page.features(), page.returned(), matched,
                page.more() ? Optional.of(page.lastId()) : Optional.empty());
    }

    private static String where(AreaQuery query) {
        StringBuilder where = new StringBuilder("""
                pv.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)
                      AND ST_Intersects(pv.geom, ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326))
                      AND """).append(' ').append(ParcelFeatureSql.versionAt(query.asOf()));
        query.communeCode().ifPresent(c -> where.append("""

                      AND pv.commune_id IN (SELECT id FROM admin_unit WHERE level = 'commune' AND code = :commune)"""));
        query.purposeCode().ifPresent(p -> where.append("""

                      AND EXISTS (SELECT 1 FROM parcel_land_use u WHERE u.parcel_version_id = pv.id AND u.purpose_code = :purpose)"""));
        return where.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement, AreaQuery query) {
        statement = statement
                .param("minLon", query.bbox().minLon()).param("minLat", query.bbox().minLat())
                .param("maxLon", query.bbox().maxLon()).param("maxLat", query.bbox().maxLat());
        if (query.asOf().isPresent()) {
            statement = statement.param("asOf", query.asOf().get());
        }
        if (query.communeCode().isPresent()) {
            statement = statement.param("commune", query.communeCode().get());
        }
        if (query.purposeCode().isPresent()) {
            statement = statement.param("purpose", query.purposeCode().get());
        }
        if (query.afterParcelId().isPresent()) {
            statement = statement.param("after", query.afterParcelId().get());
        }
        return statement;
    }
}
