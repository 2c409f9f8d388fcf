package vn.landinfo.cadastre.application;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;
import vn.landinfo.cadastre.model.AreaQuery;
import vn.landinfo.cadastre.model.ParcelPage;

/**
 * Parcels intersecting a WGS 84 box, optionally of one purpose and one commune, a page at a time in
 * parcel-id order ({@link ParcelPages}). numberMatched is counted on every page; the box's area is bounded
 * by the caller, which bounds the count.
 */
public final class FindingParcelsInArea {

    private final ParcelPages pages;

    public FindingParcelsInArea(JdbcClient jdbc, ParcelFeatureSql sql) {
        this.pages = new ParcelPages(jdbc, sql);
    }

    public ParcelPage find(AreaQuery query) {
        StringBuilder where = new StringBuilder("""
                pv.geom && ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326)
                      AND ST_Intersects(pv.geom, ST_MakeEnvelope(:minLon, :minLat, :maxLon, :maxLat, 4326))
                      AND """).append(' ').append(ParcelFeatureSql.versionAt(query.asOf()));
        Map<String, Object> values = new HashMap<>(Map.of(
                "minLon", query.bbox().minLon(), "minLat", query.bbox().minLat(),
                "maxLon", query.bbox().maxLon(), "maxLat", query.bbox().maxLat()));
        query.communeCode().ifPresent(c -> {
            where.append("""

                      AND pv.commune_id IN (SELECT id FROM admin_unit WHERE level = 'commune' AND code = :commune)""");
            values.put("commune", c);
        });
        query.purposeCode().ifPresent(p -> {
            where.append("""

                      AND EXISTS (SELECT 1 FROM parcel_land_use u WHERE u.parcel_version_id = pv.id AND u.purpose_code = :purpose)""");
            values.put("purpose", p);
        });
        return pages.read(where.toString(), values, query.asOf(), query.limit(), query.afterParcelId());
    }
}
