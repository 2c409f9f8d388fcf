package vn.landinfo.cadastre.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;
import vn.landinfo.cadastre.model.CommuneParcelsQuery;
import vn.landinfo.cadastre.model.ParcelPage;

/**
 * Every current parcel of a commune (optionally of one sheet number and/or one survey unit), a page at a
 * time in parcel-id order ({@link ParcelPages}), for agencies and GIS users who want a commune's register.
 * The commune is matched by equality so the page is an index scan on (commune_id, parcel_id) of the current
 * versions (migration V21), however large the commune: see docs/decisions/0060-listing-a-communes-parcels.md.
 */
public final class ListingCommuneParcels {

    private final ParcelPages pages;

    public ListingCommuneParcels(JdbcClient jdbc, ParcelFeatureSql sql) {
        this.pages = new ParcelPages(jdbc, sql);
    }

    public ParcelPage list(CommuneParcelsQuery query) {
        String commune = "(SELECT id FROM admin_unit WHERE level = 'commune' AND code = :commune AND valid_to IS NULL)";
        StringBuilder where = new StringBuilder("pv.commune_id = " + commune + " AND pv.end_lifespan IS NULL");
        Map<String, Object> values = new HashMap<>(Map.of("commune", query.communeCode()));
        if (query.sheetNumber().isPresent() || query.surveyUnitCode().isPresent()) {
            // The sheets as an array computed once (not a subquery correlated to pv): PostgreSQL then reads the few
            // sheets' parcels through their index instead of testing every parcel of the commune.
            where.append("""

                      AND pv.map_sheet_id = ANY (ARRAY(SELECT ms.id FROM map_sheet ms JOIN admin_unit su ON su.id = ms.survey_unit_id
                                                       WHERE ms.commune_id = """).append(commune);
            if (query.sheetNumber().isPresent()) {
                where.append(" AND ms.sheet_number = :sheet");
                values.put("sheet", query.sheetNumber().getAsInt());
            }
            query.surveyUnitCode().ifPresent(code -> {
                where.append(" AND su.code = :surveyUnit");
                values.put("surveyUnit", code);
            });
            where.append("))");
        }
        return pages.read(where.toString(), values, Optional.empty(), query.limit(), query.afterParcelId());
    }
}
