package vn.landinfo.audit.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import vn.landinfo.audit.infrastructure.AuditLogReader;
import vn.landinfo.audit.model.AuditRecord;
import vn.landinfo.audit.model.AuditVerification;
import vn.landinfo.audit.model.ChainHead;
import vn.landinfo.audit.model.ChainVerifier;

/**
 * Verifies the hash-chained audit log end to end (issue 3 item 6,
 * docs/decisions/0016-hash-chained-audit-log-and-exported-head.md): every record's
 * hash recomputed, every link checked, the head table compared with the last record, and — given a head
 * exported earlier — that head found unchanged in the chain. Streams the log; reports rather than throws.
 */
public final class VerifyingAuditChain {

    /** A progress line every this many records (a national log holds millions). */
    static final long PROGRESS_EVERY = 500_000;

    private final AuditLogReader reader;
    private final Clock clock;

    public VerifyingAuditChain(DataSource dataSource) {
        this(new AuditLogReader(dataSource), Clock.systemUTC());
    }

    public VerifyingAuditChain(AuditLogReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    public AuditVerification verify(Optional<ChainHead> expectedHead) {
        return verify(expectedHead, line -> { });
    }

    /** As {@link #verify(Optional)}, telling {@code progress} how far it got on long logs. */
    public AuditVerification verify(Optional<ChainHead> expectedHead, Consumer<String> progress) {
        Instant started = clock.instant();
        ChainVerifier verifier = new ChainVerifier(expectedHead.orElse(null), started);
        ChainHead[] stored = new ChainHead[1];
        reader.walk(new AuditLogReader.Walk() {
            @Override
            public void head(Optional<ChainHead> storedHead) {
                stored[0] = storedHead.orElse(null);
            }

            @Override
            public void record(AuditRecord record) {
                verifier.accept(record);
                if (verifier.records() % PROGRESS_EVERY == 0) {
                    progress.accept(String.format("  ... %,d bản ghi đã kiểm / records checked (seq %d)", verifier.records(), record.seq()));
                }
            }
        });
        return verifier.finish(stored[0], clock.instant());
    }
}
