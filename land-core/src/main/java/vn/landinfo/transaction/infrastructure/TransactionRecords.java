package vn.landinfo.transaction.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.transaction.model.TransactionRecord;
import vn.landinfo.transaction.model.TransactionStatus;

/** The {@code cadastral_transaction} rows: create, read, lock, move through the lifecycle. */
public final class TransactionRecords {

    private static final String SELECT = """
        SELECT t.id, t.kind, t.status, t.revision, t.created_by, t.legal_basis, t.reason, a.dossier_code,
               t.payload::text AS payload, t.outcome::text AS outcome, t.created_at, t.committed_at, t.committed_by, t.approved_by
        FROM cadastral_transaction t LEFT JOIN application a ON a.id = t.application_id""";

    private final JdbcClient jdbc;

    public TransactionRecords(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** Inserts a draft; returns its id. An unknown dossier code is a client error. */
    public long insertDraft(TransactionKind kind, String caller, String legalBasis, String reason, String dossierCode,
                            String payloadJson) {
        Long applicationId = null;
        if (dossierCode != null) {
            applicationId = jdbc.sql("SELECT id FROM application WHERE dossier_code = :c").param("c", dossierCode)
                    .query(Long.class).optional()
                    .orElseThrow(() -> InvalidChange.notFound("dossier", "no dossier (hồ sơ) with code '" + dossierCode + "'"));
        }
        return jdbc.sql("""
                INSERT INTO cadastral_transaction (kind, status, application_id, legal_basis, reason, created_by, payload)
                VALUES (:kind, 'draft', :app, :basis, :reason, :caller, CAST(:payload AS jsonb)) RETURNING id""")
                .param("kind", kind.code()).param("app", applicationId).param("basis", legalBasis).param("reason", reason)
                .param("caller", caller).param("payload", payloadJson)
                .query(Long.class).single();
    }

    public Optional<TransactionRecord> find(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    /** Reads and locks the row until the surrounding database transaction ends. */
    public Optional<TransactionRecord> lock(long id) {
        return jdbc.sql(SELECT + " WHERE t.id = :id FOR UPDATE OF t").param("id", id).query((rs, n) -> row(rs)).optional();
    }

    /** Replaces a draft's change; bumps its revision. */
    public void replacePayload(long id, String legalBasis, String reason, String payloadJson) {
        jdbc.sql("""
                UPDATE cadastral_transaction SET payload = CAST(:payload AS jsonb), legal_basis = coalesce(:basis, legal_basis),
                       reason = coalesce(:reason, reason), status = 'draft', outcome = NULL, revision = revision + 1, updated_at = now()
                WHERE id = :id""")
                .param("payload", payloadJson).param("basis", legalBasis).param("reason", reason).param("id", id).update();
    }

    public void setStatus(long id, TransactionStatus status, String outcomeJson) {
        jdbc.sql("""
                UPDATE cadastral_transaction SET status = :status, outcome = coalesce(CAST(:outcome AS jsonb), outcome),
                       revision = revision + 1, updated_at = now() WHERE id = :id""")
                .param("status", status.code()).param("outcome", outcomeJson).param("id", id).update();
    }

    public void approve(long id, String approver) {
        jdbc.sql("""
                UPDATE cadastral_transaction SET status = 'approved', approved_by = :by, revision = revision + 1, updated_at = now()
                WHERE id = :id""").param("by", approver).param("id", id).update();
    }

    public void abandon(long id) {
        jdbc.sql("""
                UPDATE cadastral_transaction SET status = 'abandoned', abandoned_at = now(), revision = revision + 1, updated_at = now()
                WHERE id = :id""").param("id", id).update();
    }

    public void markCommitted(long id, String caller, Instant at, String outcomeJson) {
        jdbc.sql("""
                UPDATE cadastral_transaction SET status = 'committed', committed_by = :by, committed_at = :at,
                       outcome = CAST(:outcome AS jsonb), revision = revision + 1, updated_at = now()
                WHERE id = :id""")
                .param("by", caller).param("at", Timestamp.from(at)).param("outcome", outcomeJson).param("id", id).update();
    }

    private static TransactionRecord row(ResultSet rs) throws SQLException {
        Timestamp committed = rs.getTimestamp("committed_at");
        return new TransactionRecord(rs.getLong("id"), TransactionKind.valueOf(rs.getString("kind")),
                TransactionStatus.fromCode(rs.getString("status")), rs.getInt("revision"), rs.getString("created_by"),
                rs.getString("legal_basis"), rs.getString("reason"), rs.getString("dossier_code"), rs.getString("payload"),
                rs.getString("outcome"), rs.getTimestamp("created_at").toInstant(),
                committed == null ? null : committed.toInstant(), rs.getString("committed_by"), rs.getString("approved_by"));
    }
}
