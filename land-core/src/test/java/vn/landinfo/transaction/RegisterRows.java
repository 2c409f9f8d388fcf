package vn.landinfo.transaction;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test helpers for the rights transactions: reading what a transaction did to a parcel's rights and
 * certificates. Tests draw their parcels with {@link vn.landinfo.testsupport.CaseFixture}
 * (docs/decisions/0100-tests-pick-cases-not-slices.md). Requests and the "nothing was written" check are
 * {@link vn.landinfo.testsupport.TransactionRequests} and {@link vn.landinfo.testsupport.RegisterCounts}.
 */
final class RegisterRows {

    private final JdbcClient jdbc;

    RegisterRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
