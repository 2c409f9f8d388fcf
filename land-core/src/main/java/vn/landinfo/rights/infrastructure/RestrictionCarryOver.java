package vn.landinfo.rights.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A planning restriction (the land lies in a planned road, a protection corridor) binds the land, not
 * the parcel's number: when a split or merge retires the parcel, the parcels made from it carry the
 * same restriction from that instant, and the old one ends. Mortgages, seizures and disputes never get
 * here — they block a split or merge until released.
 */
public final class RestrictionCarryOver {

    private final JdbcClient jdbc;

    public RestrictionCarryOver(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Copies the current planning restrictions of {@code from} to each of {@code to}, then ends them on {@code from}. The same restriction
     * reaching a merge result from two inputs is carried once. */
    public void planning(long from, Collection<Long> to, long transactionId, Instant at) {
        for (long child : to) {
            jdbc.sql("""
                    INSERT INTO restriction (parcel_id, kind, description, registered_at, begin_lifespan, created_by_tx)
                    SELECT :child, kind, description, registered_at, :at, :tx FROM restriction
                    WHERE parcel_id = :from AND kind = 'planning' AND end_lifespan IS NULL
                      AND NOT EXISTS (SELECT 1 FROM restriction c WHERE c.parcel_id = :child AND c.kind = 'planning'
                                      AND c.end_lifespan IS NULL AND c.description IS NOT DISTINCT FROM restriction.description)""")
                    .param("child", child).param("from", from).param("at", Timestamp.from(at)).param("tx", transactionId)
                    .update();
        }
        jdbc.sql("""
                UPDATE restriction SET end_lifespan = :at, ended_by_tx = :tx
                WHERE parcel_id = :from AND kind = 'planning' AND end_lifespan IS NULL""")
                .param("from", from).param("at", Timestamp.from(at)).param("tx", transactionId).update();
    }
}
