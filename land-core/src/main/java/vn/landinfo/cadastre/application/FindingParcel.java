package vn.landinfo.cadastre.application;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;

/**
 * One parcel by its id or by its national parcel ID (mã định danh thửa đất), now or at an instant:
 * the GeoJSON Feature of the version valid then, or empty when there was none.
 */
public final class FindingParcel {

    private static final String SINGLE = "SELECT f.feature::text FROM feature f";
    private static final String COLLECTION_BY_NATIONAL_ID = """
            SELECT count(*) AS n,
                   json_build_object('type', 'FeatureCollection', 'numberMatched', count(*), 'numberReturned', count(*),
                                     'features', coalesce(json_agg(f.feature), '[]'::json))::text AS collection
            FROM feature f""";

    private final JdbcClient jdbc;
    private final String byIdNow;
    private final String byIdAt;
    private final String byNationalIdNow;
    private final String byNationalIdAt;

    public FindingParcel(JdbcClient jdbc, ParcelFeatureSql sql) {
        this.jdbc = jdbc;
        this.byIdNow = sql.withFeatures(hit("pv.parcel_id = :id", Optional.empty()), SINGLE);
        this.byIdAt = sql.withFeatures(hit("pv.parcel_id = :id", Optional.of(OffsetDateTime.MIN)), SINGLE);
        String byNationalId = "pv.parcel_id = (SELECT p.id FROM parcel p WHERE p.national_id = :nationalId)";
        this.byNationalIdNow = sql.withFeatures(hit(byNationalId, Optional.empty()), COLLECTION_BY_NATIONAL_ID);
        this.byNationalIdAt = sql.withFeatures(hit(byNationalId, Optional.of(OffsetDateTime.MIN)), COLLECTION_BY_NATIONAL_ID);
    }

    private static String hit(String parcel, Optional<OffsetDateTime> asOf) {
        return "    SELECT pv.id AS version_id, %s AS at FROM parcel_version pv WHERE %s AND %s"
                .formatted(ParcelFeatureSql.instant(asOf), parcel, ParcelFeatureSql.versionAt(asOf));
    }

    /** The parcel's Feature, or empty when the parcel does not exist (or did not at {@code asOf}). */
    public Optional<String> byId(long parcelId, Optional<OffsetDateTime> asOf) {
        JdbcClient.StatementSpec statement = asOf.isPresent()
                ? jdbc.sql(byIdAt).param("asOf", asOf.get())
                : jdbc.sql(byIdNow);
        return statement.param("id", parcelId).query(String.class).optional();
    }

    /** A FeatureCollection of the one parcel with this national ID; empty when it did not exist then. */
    public Optional<String> byNationalId(String nationalId, Optional<OffsetDateTime> asOf) {
        JdbcClient.StatementSpec statement = asOf.isPresent()
                ? jdbc.sql(byNationalIdAt).param("asOf", asOf.get())
                : jdbc.sql(byNationalIdNow);
        String json = statement.param("nationalId", nationalId)
                .query((rs, n) -> rs.getLong("n") == 0 ? "" : rs.getString("collection"))
                .single();
        return json.isEmpty() ? Optional.empty() : Optional.of(json);
    }

    /** When the parcel came into being, if it ever did: tells "unknown" from "not yet / no longer". */
    public Optional<Lifespan> lifespan(long parcelId) {
        return jdbc.sql("SELECT begin_lifespan, end_lifespan FROM parcel WHERE id = :id")
                .param("id", parcelId)
                .query((rs, n) -> new Lifespan(rs.getObject(1, OffsetDateTime.class), Optional.ofNullable(rs.getObject(2, OffsetDateTime.class))))
                .optional();
    }

    public Optional<Long> idOf(String nationalId) {
        return jdbc.sql("SELECT id FROM parcel WHERE national_id = :nationalId")
                .param("nationalId", nationalId).query(Long.class).optional();
    }

    public record Lifespan(OffsetDateTime begin, Optional<OffsetDateTime> end) {
    }
}
