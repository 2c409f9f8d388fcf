package vn.landinfo.transaction.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes the domain event of a committed transaction into the {@code register_event} outbox, in the same
 * database transaction as the change, and wakes listeners with NOTIFY (delivered only if it commits).
 * The extent covers the old and new geometries of the parcels the transaction touched (EPSG:4326), so tile
 * caches on every instance can drop exactly the tiles it covers.
 */
public final class RegisterEvents {

    public static final String CHANNEL = "landinfo_register_event";

    private final JdbcClient jdbc;

    public RegisterEvents(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public long publish(long transactionId, String kind, Instant at, Collection<Long> parcelIds) {
        long seq = jdbc.sql("""
                INSERT INTO register_event (occurred_at, transaction_id, kind, commune_ids, parcel_ids, extent, payload)
                SELECT :at, :tx, :kind,
                       coalesce((SELECT array_agg(DISTINCT commune_id) FROM parcel_version
                                 WHERE parcel_id = ANY (:parcels) AND (end_lifespan IS NULL OR ended_by_tx = :tx)), '{}'),
                       :parcels,
                       -- Old and new geometries: the current versions and those this transaction ended.
                       (SELECT ST_Envelope(ST_Collect(geom)) FROM parcel_version
                        WHERE parcel_id = ANY (:parcels) AND (end_lifespan IS NULL OR ended_by_tx = :tx)),
                       jsonb_build_object('transactionId', :tx, 'kind', :kind)
                RETURNING seq""")
                .param("at", Timestamp.from(at)).param("tx", transactionId).param("kind", kind)
                .param("parcels", parcelIds.stream().distinct().sorted().toArray(Long[]::new))
                .query(Long.class).single();
        jdbc.sql("SELECT pg_notify(:channel, :payload)").param("channel", CHANNEL)
                .param("payload", "{\"seq\":" + seq + ",\"transactionId\":" + transactionId + "}")
                .query(Object.class).list();
        return seq;
    }
}
