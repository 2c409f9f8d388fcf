package vn.landinfo.transaction.application.lifecycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.infrastructure.TransactionRecords;
import vn.landinfo.transaction.model.TransactionRecord;

/** One transaction as stored, with when it last changed and, if it was, when it was abandoned. */
public final class ReadingTransaction {

    /** The stored transaction and the timestamps its record does not carry. */
    public record View(TransactionRecord record, Instant updatedAt, Instant abandonedAt) {
    }

    private final TransactionRecords records;
    private final JdbcClient jdbc;

    public ReadingTransaction(TransactionPipeline pipeline) {
        this.records = new TransactionRecords(pipeline.dataSource());
        this.jdbc = JdbcClient.create(pipeline.dataSource());
    }

    public Optional<View> find(long id) {
        return records.find(id).map(t -> jdbc.sql("SELECT updated_at, abandoned_at FROM cadastral_transaction WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> new View(t, instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2))))
                .single());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
