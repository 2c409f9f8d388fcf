package vn.landinfo.cadastre.application;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;
import vn.landinfo.cadastre.model.LegalAddress;
import vn.landinfo.cadastre.model.ParcelCollection;

/**
 * Parcels by legal address (commune, sheet, number): every match across the commune's survey units, or the
 * one of a given survey unit, now or at an instant. Returns the GeoJSON FeatureCollection PostGIS wrote
 * beside the number of parcels it holds.
 * The common case (now, all survey units) runs the resource file's text unchanged, as the benchmark does.
 */
public final class FindingParcelsByLegalAddress {

    private final JdbcClient jdbc;
    private final Positional current;
    private final Positional narrowed;
    private final Positional currentNarrowed;

    public FindingParcelsByLegalAddress(JdbcClient jdbc, ParcelFeatureSql sql) {
        this.jdbc = jdbc;
        this.current = new Positional(sql.legalAddress());
        this.narrowed = new Positional(sql.countedCollection(hit(Optional.of(OffsetDateTime.MIN))));
        this.currentNarrowed = new Positional(sql.countedCollection(hit(Optional.empty())));
    }

    /**
     * A named-parameter text turned into JDBC's positional form once, at start-up. Binding by name per call
     * re-parsed nothing but still built a new 3 kB SQL string on every request, which pgjdbc then hashed and
     * compared to find its server-prepared statement; with one String instance both are free (the hash is
     * cached, equals is identity), and the statement sent is the same.
     */
    private static final class Positional {
        private final ParsedSql parsed;
        private final String sql;

        Positional(String named) {
            this.parsed = NamedParameterUtils.parseSqlStatement(named);
            this.sql = NamedParameterUtils.substituteNamedParameters(parsed, new MapSqlParameterSource());
        }

        JdbcClient.StatementSpec bind(JdbcClient jdbc, MapSqlParameterSource values) {
            return jdbc.sql(sql).params(NamedParameterUtils.buildValueArray(parsed, values, null));
        }
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

    public ParcelCollection find(LegalAddress address, Optional<String> surveyUnitCode, Optional<OffsetDateTime> asOf) {
        MapSqlParameterSource values = new MapSqlParameterSource()
                .addValue("commune", address.communeCode())
                .addValue("sheet", address.sheetNumber())
                .addValue("number", address.parcelNumber());
        Positional statement;
        if (asOf.isPresent()) {
            statement = narrowed;
            values.addValue("asOf", asOf.get()).addValue("surveyUnit", surveyUnitCode.orElse(null), Types.VARCHAR);
        } else if (surveyUnitCode.isPresent()) {
            statement = currentNarrowed;
            values.addValue("surveyUnit", surveyUnitCode.get());
        } else {
            statement = current;
        }
        return statement.bind(jdbc, values)
                .query((rs, n) -> new ParcelCollection(rs.getLong("number_matched"), rs.getString("collection")))
                .single();
    }
}
