package vn.landinfo.cadastre.application;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;
import vn.landinfo.cadastre.model.ParcelPage;

/**
 * One page of the parcel versions a WHERE clause over {@code parcel_version pv} selects, in parcel-id order
 * (keyset paging on the parcel id, unique among the versions valid at one instant: stable while the register
 * changes, no OFFSET scans), and how many match in all. Shared by the area and the commune listings.
 */
final class ParcelPages {

    private static final String PAGE = """
            SELECT coalesce(json_agg(f.feature ORDER BY f.parcel_id) FILTER (WHERE f.rn <= :limit), '[]'::json)::text AS features,
                   count(*) FILTER (WHERE f.rn <= :limit) AS returned,
                   max(f.parcel_id) FILTER (WHERE f.rn <= :limit) AS last_id,
                   count(*) > :limit AS more
            FROM (SELECT feature.*, row_number() OVER (ORDER BY feature.parcel_id) AS rn FROM feature) f""";

    private final JdbcClient jdbc;
    private final ParcelFeatureSql sql;

    ParcelPages(JdbcClient jdbc, ParcelFeatureSql sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * @param where  the versions to list, over {@code pv}, with named parameters bound from {@code values}
     * @param asOf   the instant restrictions are judged at (bound as {@code :asOf} when present)
     * @param after  the last parcel id of the previous page
     */
    ParcelPage read(String where, Map<String, ?> values, Optional<OffsetDateTime> asOf, int limit, Optional<Long> after) {
        Map<String, Object> params = new HashMap<>(values);
        asOf.ifPresent(at -> params.put("asOf", at));
        String hit = """
                    SELECT pv.id AS version_id, %s AS at
                    FROM parcel_version pv
                    WHERE %s%s
                    ORDER BY pv.parcel_id
                    LIMIT :limit + 1""".formatted(ParcelFeatureSql.instant(asOf), where,
                after.isPresent() ? " AND pv.parcel_id > :after" : "");
        record Page(String features, int returned, Long lastId, boolean more) {
        }
        Map<String, Object> pageParams = new HashMap<>(params);
        pageParams.put("limit", limit);
        after.ifPresent(id -> pageParams.put("after", id));
        Page page = jdbc.sql(sql.withFeatures(hit, PAGE)).params(pageParams)
                .query((rs, n) -> new Page(rs.getString("features"), rs.getInt("returned"),
                        rs.getObject("last_id", Long.class), rs.getBoolean("more")))
                .single();
        long matched = jdbc.sql("SELECT count(*) FROM parcel_version pv WHERE " + where).params(params)
                .query(Long.class).single();
        return new ParcelPage(page.features(), page.returned(), matched,
                page.more() ? Optional.of(page.lastId()) : Optional.empty());
    }
}
