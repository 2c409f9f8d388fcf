package vn.landinfo.transaction.infrastructure;

import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Appends a committed transaction to the hash-chained audit log (V8/V10 {@code audit_append}). The before
 * and after digests are SHA-256 over every register row the transaction ended (before) and opened
 * (after) — parcel versions, purposes, rights, holders, restrictions, certificates — in a fixed order,
 * so anyone can recompute them from the register and see that the log and the register agree.
 */
public final class AuditTrail {

    private static final String DIGESTS = """
        WITH ended AS (
            SELECT 'parcel_version' AS t, id, row_to_json(x)::text AS j FROM parcel_version x WHERE ended_by_tx = :tx
            UNION ALL SELECT 'land_right', id, row_to_json(x)::text FROM land_right x WHERE ended_by_tx = :tx
            UNION ALL SELECT 'restriction', id, row_to_json(x)::text FROM restriction x WHERE ended_by_tx = :tx
            UNION ALL SELECT 'certificate', id, row_to_json(x)::text FROM certificate x WHERE ended_by_tx = :tx),
        opened AS (
            SELECT 'parcel_version' AS t, id, row_to_json(x)::text AS j FROM parcel_version x WHERE created_by_tx = :tx
            UNION ALL SELECT 'parcel_land_use', u.id, row_to_json(u)::text FROM parcel_land_use u
                      JOIN parcel_version v ON v.id = u.parcel_version_id WHERE v.created_by_tx = :tx
            UNION ALL SELECT 'land_right', id, row_to_json(x)::text FROM land_right x WHERE created_by_tx = :tx
            UNION ALL SELECT 'right_holder', h.right_id, row_to_json(h)::text FROM right_holder h
                      JOIN land_right r ON r.id = h.right_id WHERE r.created_by_tx = :tx
            UNION ALL SELECT 'restriction', id, row_to_json(x)::text FROM restriction x WHERE created_by_tx = :tx
            UNION ALL SELECT 'certificate', id, row_to_json(x)::text FROM certificate x WHERE issued_by_tx = :tx
            UNION ALL SELECT 'certificate_endorsement', id, row_to_json(x)::text FROM certificate_endorsement x WHERE transaction_id = :tx)
        SELECT (SELECT encode(sha256(convert_to(coalesce(string_agg(t || ':' || j, chr(10) ORDER BY t, id, j), ''), 'UTF8')), 'hex') FROM ended),
               (SELECT encode(sha256(convert_to(coalesce(string_agg(t || ':' || j, chr(10) ORDER BY t, id, j), ''), 'UTF8')), 'hex') FROM opened)""";

    private final JdbcClient jdbc;

    public AuditTrail(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Appends the record of a committed transaction; returns its sequence number in the chain. */
    public long recordCommit(long transactionId, String actor, String kind, String reason, String legalBasis, String detailsJson) {
        String[] digests = jdbc.sql(DIGESTS).param("tx", transactionId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        return jdbc.sql("""
                SELECT audit_append(:actor, :action, 'cadastral_transaction', :id, :tx, :reason, :basis, :before, :after,
                                    CAST(:details AS jsonb))""")
                .param("actor", actor).param("action", "transaction.commit." + kind).param("id", Long.toString(transactionId))
                .param("tx", transactionId).param("reason", reason).param("basis", legalBasis)
                .param("before", digests[0]).param("after", digests[1]).param("details", detailsJson)
                .query(Long.class).single();
    }

    /** Appends any other audited action (a draft opened, abandoned, approved; a certificate verified). */
    public long record(String actor, String action, String entityType, String entityId, Long transactionId, String reason,
                       String detailsJson) {
        return jdbc.sql("""
                SELECT audit_append(:actor, :action, :type, :id, :tx, :reason, NULL, NULL, NULL, CAST(:details AS jsonb))""")
                .param("actor", actor).param("action", action).param("type", entityType).param("id", entityId)
                .param("tx", transactionId).param("reason", reason).param("details", detailsJson == null ? "{}" : detailsJson)
                .query(Long.class).single();
    }
}
