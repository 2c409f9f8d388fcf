package vn.landinfo.transaction;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test helpers for the rights transactions: reading what a transaction did to a parcel's rights and
 * certificates. Tests draw their parcels with {@link vn.landinfo.testsupport.CaseFixture}; only
 * FirstRegistrationIT still picks from a slice of the demo register ({@link #parcel}: the rank of a parcel
 * among all parcel rows by id is stable while tests add parcels, as new ids come after). Requests and the
 * "nothing was written" check are {@link vn.landinfo.testsupport.TransactionRequests} and
 * {@link vn.landinfo.testsupport.RegisterCounts}.
 */
final class RegisterRows {

    private final JdbcClient jdbc;

    RegisterRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The n-th current parcel (0-based) meeting {@code criteria} (SQL on {@code pv}, the current version)
     * among the parcels of rank [lo, hi).
     */
    long parcel(int lo, int hi, String criteria, int n) {
        return jdbc.sql("""
                WITH ranked AS (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM parcel)
                SELECT pv.parcel_id FROM ranked k JOIN parcel_version pv ON pv.parcel_id = k.id AND pv.end_lifespan IS NULL
                WHERE k.rn >= :lo AND k.rn < :hi AND (%s)
                ORDER BY pv.parcel_id OFFSET :n LIMIT 1""".formatted(criteria))
                .param("lo", lo).param("hi", hi).param("n", n).query(Long.class).single();
    }

    /** One current land-use right, a single certificate in force covering only this parcel, no restriction, term not near its end. */
    static final String CLEAN = """
            (SELECT count(*) FROM land_right r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL) = 1
            AND EXISTS (SELECT 1 FROM land_right r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL
                        AND r.right_type = 'land_use' AND (r.term_end IS NULL OR r.term_end > current_date + 3650))
            AND (SELECT count(*) FROM certificate_parcel cp JOIN certificate c ON c.id = cp.certificate_id AND c.status = 'valid'
                 WHERE cp.parcel_id = pv.parcel_id) = 1
            AND NOT EXISTS (SELECT 1 FROM certificate_parcel cp JOIN certificate_parcel o ON o.certificate_id = cp.certificate_id
                            AND o.parcel_id <> cp.parcel_id WHERE cp.parcel_id = pv.parcel_id)
            AND NOT EXISTS (SELECT 1 FROM restriction x WHERE x.parcel_id = pv.parcel_id AND x.end_lifespan IS NULL)""";

    /** Party ids of the parcel's current land-use holders. */
    List<Long> holders(long parcel) {
        return jdbc.sql("""
                SELECT h.party_id FROM land_right r JOIN right_holder h ON h.right_id = r.id
                WHERE r.parcel_id = :p AND r.end_lifespan IS NULL AND r.right_type = 'land_use' ORDER BY 1""")
                .param("p", parcel).query(Long.class).list();
    }

    String validSerial(long parcel) {
        return jdbc.sql("""
                SELECT c.serial FROM certificate c JOIN certificate_parcel cp ON cp.certificate_id = c.id
                WHERE cp.parcel_id = :p AND c.status = 'valid' ORDER BY c.id LIMIT 1""").param("p", parcel).query(String.class).single();
    }

    List<String> endorsements(String serial, long tx) {
        return jdbc.sql("""
                SELECT e.content_vi FROM certificate_endorsement e JOIN certificate c ON c.id = e.certificate_id
                WHERE c.serial = :s AND e.transaction_id = :tx ORDER BY e.id""").param("s", serial).param("tx", tx).query(String.class).list();
    }

    long auditRecords(long tx) {
        return jdbc.sql("SELECT count(*) FROM audit_log WHERE transaction_id = :tx").param("tx", tx).query(Long.class).single();
    }

    String status(long tx) {
        return jdbc.sql("SELECT status FROM cadastral_transaction WHERE id = :tx").param("tx", tx).query(String.class).single();
    }

    BigDecimal legalArea(long parcel) {
        return jdbc.sql("SELECT legal_area FROM parcel_version WHERE parcel_id = :p AND end_lifespan IS NULL").param("p", parcel)
                .query(BigDecimal.class).single();
    }
}
