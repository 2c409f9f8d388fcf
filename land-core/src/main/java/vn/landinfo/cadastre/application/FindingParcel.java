package vn.landinfo.cadastre.application;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;
import vn.landinfo.cadastre.model.ParcelCollection;
import vn.landinfo.cadastre.model.ParcelFeature;
import vn.landinfo.cadastre.model.RetiredParcel;

/**
 * One parcel by its id or by its national parcel ID (mã định danh thửa đất), now or at an instant:
 * the GeoJSON Feature of the version valid then, or empty when there was none.
 */
public final class FindingParcel {

    private static final String SINGLE = "SELECT f.parcel_id, f.version, f.feature::text AS feature FROM feature f";
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
    public Optional<ParcelFeature> byId(long parcelId, Optional<OffsetDateTime> asOf) {
        JdbcClient.StatementSpec statement = asOf.isPresent()
                ? jdbc.sql(byIdAt).param("asOf", asOf.get())
                : jdbc.sql(byIdNow);
        return statement.param("id", parcelId)
                .query((rs, n) -> new ParcelFeature(rs.getLong("parcel_id"), rs.getInt("version"), rs.getString("feature")))
                .optional();
    }

    /** A FeatureCollection of the one parcel with this national ID; empty when it did not exist then. */
    public Optional<ParcelCollection> byNationalId(String nationalId, Optional<OffsetDateTime> asOf) {
        JdbcClient.StatementSpec statement = asOf.isPresent()
                ? jdbc.sql(byNationalIdAt).param("asOf", asOf.get())
                : jdbc.sql(byNationalIdNow);
        ParcelCollection found = statement.param("nationalId", nationalId)
                .query((rs, n) -> new ParcelCollection(rs.getLong("n"), rs.getString("collection")))
                .single();
        return found.isEmpty() ? Optional.empty() : Optional.of(found);
    }

    /**
     * The parcel, when it has been retired (its last version ended and none followed): when, its last version,
     * and the parcels a split or merge made from it. Empty for a current or unknown parcel.
     */
    public Optional<RetiredParcel> retirement(long parcelId) {
        List<RetiredParcel.Successor> successors = jdbc.sql("""
                        SELECT l.child_parcel_id, c.national_id, l.kind
                        FROM parcel_lineage l JOIN parcel c ON c.id = l.child_parcel_id
                        WHERE l.parent_parcel_id = :id
                        ORDER BY l.child_parcel_id""")
                .param("id", parcelId)
                .query((rs, n) -> new RetiredParcel.Successor(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list();
        return jdbc.sql("""
                        SELECT p.national_id, p.end_lifespan, (SELECT max(pv.version) FROM parcel_version pv WHERE pv.parcel_id = p.id)
                        FROM parcel p
                        WHERE p.id = :id AND p.end_lifespan IS NOT NULL""")
                .param("id", parcelId)
                .query((rs, n) -> new RetiredParcel(parcelId, rs.getString(1), rs.getObject(2, OffsetDateTime.class), rs.getInt(3),
                        successors))
                .optional();
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
