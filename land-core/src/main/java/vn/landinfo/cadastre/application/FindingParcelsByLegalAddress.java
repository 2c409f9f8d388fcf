package vn.landinfo.cadastre.application;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;
import vn.landinfo.cadastre.model.LegalAddress;

/**
 * Parcels by legal address (commune, sheet, number): every match across the commune's survey units, or the
 * one of a given survey unit, now or at an instant. Returns the GeoJSON FeatureCollection PostGIS wrote.
 * The common case (now, all survey units) runs the resource file's text unchanged, as the benchmark does.
 */
public final class FindingParcelsByLegalAddress {

    private final JdbcClient jdbc;
    private final String current;
    private final String narrowed;
    private final String currentNarrowed;

    public FindingParcelsByLegalAddress(JdbcClient jdbc, ParcelFeatureSql sql) {
        this.jdbc = jdbc;
        this.current = sql.legalAddress();
        this.narrowed = sql.collection(hit(Optional.of(OffsetDateTime.MIN)));
        this.currentNarrowed = sql.collection(hit(Optional.empty()));
    }

    private static String hit(Optional<OffsetDateTime> asOf) {
        // A past version may belong to a unit that is no longer current, so only "now" insists on valid_to IS NULL.
        return """
                    SELECT pv.id AS version_id, %s AS at
                    FROM admin_unit c
                    JOIN map_sheet ms      ON ms.commune_id = c.id AND ms.sheet_number = :sheet
                    JOIN admin_unit su     ON su.id = ms.survey_unit_id AND (CAST(:surveyUnit AS text) IS NULL OR su.code = :surveyUnit)
                    JOIN parcel_version pv ON pv.map_sheet_id = ms.id AND pv.parcel_number = :number AND %s
                    WHERE c.level = 'commune' AND c.code = :commune%s""".formatted(
                ParcelFeatureSql.instant(asOf), ParcelFeatureSql.versionAt(asOf),
                asOf.isPresent() ? "" : " AND c.valid_to IS NULL");
    }

    public String find(LegalAddress address, Optional<String> surveyUnitCode, Optional<OffsetDateTime> asOf) {
        JdbcClient.StatementSpec statement;
        if (asOf.isPresent()) {
            statement = jdbc.sql(narrowed).param("asOf", asOf.get()).param("surveyUnit", surveyUnitCode.orElse(null), Types.VARCHAR);
        } else if (surveyUnitCode.isPresent()) {
            statement = jdbc.sql(currentNarrowed).param("surveyUnit", surveyUnitCode.get());
        } else {
            statement = jdbc.sql(current);
        }
        return statement
                .param("commune", address.communeCode())
                .param("sheet", address.sheetNumber())
                .param("number", address.parcelNumber())
                .query(String.class)
                .single();
    }
}
