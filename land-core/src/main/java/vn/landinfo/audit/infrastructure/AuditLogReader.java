package vn.landinfo.audit.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import vn.landinfo.audit.model.AuditRecord;
import vn.landinfo.audit.model.ChainHead;

/**
 * Reads the audit log for verification: in sequence order, a chunk at a time (keyset paging on the primary
 * key, so each chunk is an index range scan and memory stays flat however long the log is), all inside one
 * read-only REPEATABLE READ transaction, so the log and the audit_chain_head row are read as of one instant
 * even while new records are appended.
 */
public final class AuditLogReader {

    public static final int DEFAULT_CHUNK = 5_000;

    private static final String CHUNK = """
            SELECT seq, occurred_at, actor, action, entity_type, entity_id, transaction_id, reason, legal_basis,
                   before_digest, after_digest, details::text AS details, prev_hash, hash
            FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?""";

    private final DataSource dataSource;
    private final int chunk;

    public AuditLogReader(DataSource dataSource) {
        this(dataSource, DEFAULT_CHUNK);
    }

    public AuditLogReader(DataSource dataSource, int chunk) {
        if (chunk < 1) {
            throw new IllegalArgumentException("chunk must be >= 1");
        }
        this.dataSource = dataSource;
        this.chunk = chunk;
    }

    /** What a walk saw: the head table's row (empty when the table has none). */
    public interface Walk {
        void head(Optional<ChainHead> storedHead);

        void record(AuditRecord record);
    }

    /** Reads the head row, then every record in seq order, on one snapshot. */
    public void walk(Walk walk) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            c.setReadOnly(true);
            try {
                walk.head(storedHead(c));
                readRecords(c, walk::record);
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log: " + e.getMessage(), e);
        }
    }

    private static Optional<ChainHead> storedHead(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, hash FROM audit_chain_head")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            long seq = rs.getLong(1);
            String hash = rs.getString(2).strip();
            return Optional.of(new ChainHead(seq, hash));
        }
    }

    private void readRecords(Connection c, Consumer<AuditRecord> sink) throws SQLException {
        long after = Long.MIN_VALUE;
        try (PreparedStatement ps = c.prepareStatement(CHUNK)) {
            ps.setFetchSize(chunk);
            while (true) {
                ps.setLong(1, after);
                ps.setInt(2, chunk);
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        AuditRecord r = record(rs);
                        sink.accept(r);
                        after = r.seq();
                        n++;
                    }
                }
                if (n < chunk) {
                    return;
                }
            }
        }
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getObject("transaction_id", Long.class), rs.getString("reason"), rs.getString("legal_basis"), rs.getString("before_digest"),
                rs.getString("after_digest"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"));
    }
}
