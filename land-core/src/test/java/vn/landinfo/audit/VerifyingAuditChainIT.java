package vn.landinfo.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.audit.application.VerifyingAuditChain;
import vn.landinfo.audit.infrastructure.AuditLogReader;
import vn.landinfo.audit.model.AuditVerification;
import vn.landinfo.audit.model.ChainHead;
import vn.landinfo.audit.model.Finding;
import vn.landinfo.audit.model.FindingKind;
import vn.landinfo.testsupport.IsolatedDatabase;

/**
 * The audit chain verifies when intact and names every kind of tampering. Tampering goes around the
 * append-only triggers the way an intruder with the table owner's rights would (DISABLE TRIGGER USER),
 * in a database of its own so no other test ever sees a tampered log. The reader runs with chunks of 7
 * records, so links across chunk boundaries are checked too.
 */
class VerifyingAuditChainIT {

    private static final int RECORDS = 30;

    private static IsolatedDatabase database;
    private static DataSource ds;
    private static JdbcClient jdbc;
    private static VerifyingAuditChain verifying;

    @BeforeAll
    static void createDatabase() throws SQLException {
        database = IsolatedDatabase.withCommunes("audit", List.of());
        ds = database.dataSource();
        jdbc = JdbcClient.create(ds);
        verifying = new VerifyingAuditChain(new AuditLogReader(ds, 7), Clock.systemUTC());
    }

    @AfterAll
    static void dropDatabase() throws SQLException {
        database.close();
    }

    /** A fresh chain of 30 records whose content exercises every field: nulls, Vietnamese text, jsonb, digests, a transaction. */
    @BeforeEach
    void freshChain() {
        tamper("TRUNCATE audit_log RESTART IDENTITY", "DELETE FROM audit_chain_head");
        long tx = jdbc.sql("""
                INSERT INTO cadastral_transaction (kind, status, legal_basis, created_by)
                VALUES ('SPLIT', 'draft', 'Quyết định 1/QĐ-UBND', 'officer-audit-it') RETURNING id""").query(Long.class).single();
        for (int i = 1; i <= RECORDS; i++) {
            jdbc.sql("""
                    SELECT audit_append(:actor, :action, 'cadastral_transaction', :entity, :tx, :reason, :basis, :before, :after,
                                        CAST(:details AS jsonb))""")
                    .param("actor", "cán-bộ-" + (i % 3))
                    .param("action", "transaction.commit.SPLIT")
                    .param("entity", i % 4 == 0 ? null : Integer.toString(i))
                    .param("tx", i % 5 == 0 ? tx : null)
                    .param("reason", i % 6 == 0 ? null : "Tách thửa theo đơn số " + i + "\nđính kèm  ")
                    .param("basis", i % 2 == 0 ? "Luật Đất đai 2024, Điều 220" : null)
                    .param("before", i % 3 == 0 ? null : "%064x".formatted(i))
                    .param("after", i % 3 == 0 ? null : "%064x".formatted(i * 7919L))
                    .param("details", "{\"z\": [1, 2.50, \"ạ\"], \"a\": {\"k\": null}, \"n\": " + i + "}")
                    .query(Long.class).single();
        }
    }

    @Test
    void anIntactChainVerifiesAndItsHeadIsTheLastRecord() {
        AuditVerification v = verifying.verify(Optional.empty());

        ChainHead last = lastRecord();
        assertThat(v.intact()).as(v.findings().toString()).isTrue();
        assertThat(v.records()).isEqualTo(RECORDS);
        assertThat(v.head()).isEqualTo(last);
        assertThat(v.storedHead()).isEqualTo(last);
        assertThat(v.findings()).isEmpty();
        assertThat(v.headLine()).isEqualTo("head: seq=" + RECORDS + " hash=" + last.hash() + " records=" + RECORDS);
    }

    @Test
    void theJavaRecomputationIsTheDatabasesOwnRecordTextAndHash() {
        List<String> sql = jdbc.sql("""
                SELECT encode(sha256(convert_to(audit_record_text(seq, occurred_at, actor, action, entity_type, entity_id, transaction_id,
                       reason, legal_basis, before_digest, after_digest, details, prev_hash), 'UTF8')), 'hex')
                FROM audit_log ORDER BY seq""").query(String.class).list();
        List<String> stored = jdbc.sql("SELECT hash FROM audit_log ORDER BY seq").query(String.class).list();

        assertThat(sql).isEqualTo(stored);
        // and the verifier, recomputing in Java, found no record whose hash differs
        assertThat(verifying.verify(Optional.empty()).counts()).doesNotContainKey(FindingKind.ALTERED);
    }

    @Test
    void aSequenceGapLeftByARolledBackAppendIsInformationNotTampering() throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SELECT audit_append('officer', 'draft.open', 'cadastral_transaction', '1', NULL, NULL, NULL, NULL, NULL, '{}')");
            c.rollback();
        }
        append("after the rollback");

        AuditVerification v = verifying.verify(Optional.empty());

        assertThat(v.intact()).as(v.findings().toString()).isTrue();
        assertThat(v.records()).isEqualTo(RECORDS + 1);
        Finding gap = single(v, FindingKind.GAP);
        assertThat(gap.severity()).isEqualTo(FindingKind.Severity.INFO);
        assertThat(gap.seq()).isEqualTo(RECORDS + 2);
        assertThat(gap.previousSeq()).isEqualTo(RECORDS);
        assertThat(gap.missingFrom()).isEqualTo(RECORDS + 1);
        assertThat(gap.missingTo()).isEqualTo(RECORDS + 1);
        assertThat(gap.line()).startsWith("info: GAP seq=" + (RECORDS + 2));
    }

    @Test
    void editingARecordsReasonIsReportedAsAlteredAtThatSeq() {
        tamper("UPDATE audit_log SET reason = 'Tách thửa (sửa lại)' WHERE seq = 12");

        AuditVerification v = verifying.verify(Optional.empty());

        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).isEqualTo(1);
        Finding altered = single(v, FindingKind.ALTERED);
        assertThat(altered.seq()).isEqualTo(12);
        assertThat(altered.expected()).isEqualTo(jdbc.sql("SELECT hash FROM audit_log WHERE seq = 12").query(String.class).single());
        assertThat(altered.actual()).isNotEqualTo(altered.expected()).hasSize(64);
        assertThat(altered.messageEn()).contains("record 12 was altered");
        assertThat(altered.messageVi()).contains("bản ghi 12");
    }

    @Test
    void rewritingARecordWithAFreshHashBreaksTheLinkOfTheNextOne() {
        tamper("""
                UPDATE audit_log SET actor = 'someone-else',
                       hash = encode(sha256(convert_to(audit_record_text(seq, occurred_at, 'someone-else', action, entity_type, entity_id,
                              transaction_id, reason, legal_basis, before_digest, after_digest, details, prev_hash), 'UTF8')), 'hex')
                WHERE seq = 20""");

        AuditVerification v = verifying.verify(Optional.empty());

        assertThat(v.intact()).isFalse();
        assertThat(v.counts()).doesNotContainKey(FindingKind.ALTERED);
        Finding broken = single(v, FindingKind.BROKEN_LINK);
        assertThat(broken.seq()).isEqualTo(21);
        assertThat(broken.previousSeq()).isEqualTo(20);
        assertThat(broken.missingFrom()).isNull();
    }

    @Test
    void deletingARecordIsABrokenLinkThatNamesTheDeletedSeq() {
        tamper("DELETE FROM audit_log WHERE seq = 15");

        AuditVerification v = verifying.verify(Optional.empty());

        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).isEqualTo(1);
        assertThat(v.records()).isEqualTo(RECORDS - 1);
        Finding broken = single(v, FindingKind.BROKEN_LINK);
        assertThat(broken.seq()).isEqualTo(16);
        assertThat(broken.previousSeq()).isEqualTo(14);
        assertThat(broken.missingFrom()).isEqualTo(15);
        assertThat(broken.missingTo()).isEqualTo(15);
        assertThat(broken.messageEn()).contains("record(s) 15 were deleted");
        assertThat(v.counts()).doesNotContainKey(FindingKind.GAP);
    }

    @Test
    void deletingTheFirstRecordsLeavesAFirstRecordThatDoesNotStartFromGenesis() {
        tamper("DELETE FROM audit_log WHERE seq <= 2");

        Finding broken = single(verifying.verify(Optional.empty()), FindingKind.BROKEN_LINK);

        assertThat(broken.seq()).isEqualTo(3);
        assertThat(broken.previousSeq()).isNull();
        assertThat(broken.expected()).isEqualTo(ChainHead.GENESIS_HASH);
        assertThat(broken.missingFrom()).isEqualTo(1);
        assertThat(broken.missingTo()).isEqualTo(2);
    }

    @Test
    void deletingTheLastRecordWithoutFixingTheHeadTableIsAHeadMismatch() {
        ChainHead before = lastRecord();
        tamper("DELETE FROM audit_log WHERE seq = " + RECORDS);

        AuditVerification v = verifying.verify(Optional.empty());

        assertThat(v.intact()).isFalse();
        Finding mismatch = single(v, FindingKind.HEAD_MISMATCH);
        assertThat(mismatch.actual()).isEqualTo(before.toString());
        assertThat(mismatch.expected()).isEqualTo(lastRecord().toString());
        assertThat(v.head().seq()).isEqualTo(RECORDS - 1);
        assertThat(v.storedHead()).isEqualTo(before);
    }

    @Test
    void anEditedHeadTableIsAHeadMismatch() {
        tamper("UPDATE audit_chain_head SET seq = seq + 1");

        AuditVerification v = verifying.verify(Optional.empty());

        assertThat(v.intact()).isFalse();
        assertThat(single(v, FindingKind.HEAD_MISMATCH).actual()).isEqualTo((RECORDS + 1) + ":" + lastRecord().hash());
    }

    @Test
    void cuttingTheTailAndFixingTheHeadTableIsCaughtOnlyByThePreviouslyExportedHead() {
        ChainHead exported = verifying.verify(Optional.empty()).head();
        tamper("DELETE FROM audit_log WHERE seq > " + (RECORDS - 3),
                "UPDATE audit_chain_head SET (seq, hash) = (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1)");

        AuditVerification withoutExport = verifying.verify(Optional.empty());
        AuditVerification withExport = verifying.verify(Optional.of(exported));

        // The cut is invisible from inside the database: that is why the head is exported
        // (docs/decisions/0016-hash-chained-audit-log-and-exported-head.md).
        assertThat(withoutExport.intact()).isTrue();
        assertThat(withExport.intact()).isFalse();
        assertThat(withExport.expectedHead()).isEqualTo(exported);
        Finding cut = single(withExport, FindingKind.TRUNCATED_OR_REWRITTEN);
        assertThat(cut.seq()).isEqualTo(RECORDS);
        assertThat(cut.previousSeq()).isEqualTo(RECORDS - 3);
        assertThat(cut.messageEn()).contains("cut from the end");
    }

    @Test
    void aRewrittenChainNoLongerHoldsTheExportedHead() {
        ChainHead exported = new ChainHead(10, jdbc.sql("SELECT hash FROM audit_log WHERE seq = 10").query(String.class).single());
        // Rewrite the whole chain from record 5 on, consistently: every hash and link recomputed, the head table too.
        tamper("UPDATE audit_log SET reason = 'rewritten' WHERE seq >= 5");
        rehashFrom(5);

        AuditVerification intactLooking = verifying.verify(Optional.empty());
        AuditVerification v = verifying.verify(Optional.of(exported));

        assertThat(intactLooking.intact()).as(intactLooking.findings().toString()).isTrue();
        Finding rewritten = single(v, FindingKind.TRUNCATED_OR_REWRITTEN);
        assertThat(rewritten.seq()).isEqualTo(10);
        assertThat(rewritten.expected()).isEqualTo(exported.toString());
        assertThat(rewritten.messageEn()).contains("rewritten");
    }

    @Test
    void anExportedHeadStillInTheChainVerifies() {
        ChainHead exported = verifying.verify(Optional.empty()).head();
        append("later work");
        append("more later work");

        AuditVerification v = verifying.verify(Optional.of(exported));

        assertThat(v.intact()).isTrue();
        assertThat(v.records()).isEqualTo(RECORDS + 2);
        assertThat(v.expectedHead()).isEqualTo(exported);
        assertThat(verifying.verify(Optional.of(ChainHead.GENESIS)).intact()).isTrue();
    }

    @Test
    void anEmptyLogVerifiesWithTheGenesisHead() {
        tamper("TRUNCATE audit_log RESTART IDENTITY", "DELETE FROM audit_chain_head");

        AuditVerification v = verifying.verify(Optional.empty());

        assertThat(v.intact()).isTrue();
        assertThat(v.records()).isZero();
        assertThat(v.head()).isEqualTo(ChainHead.GENESIS);
        assertThat(v.headLine()).isEqualTo("head: seq=0 hash=" + "0".repeat(64) + " records=0");
    }

    private static Finding single(AuditVerification v, FindingKind kind) {
        List<Finding> found = v.findings().stream().filter(f -> f.kind() == kind).toList();
        assertThat(found).as("findings of kind %s in %s", kind, v.findings()).hasSize(1);
        return found.get(0);
    }

    private static ChainHead lastRecord() {
        return jdbc.sql("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getString(2))).single();
    }

    private static void append(String reason) {
        jdbc.sql("SELECT audit_append('officer-audit-it', 'note', 'test', NULL, NULL, :reason, NULL, NULL, NULL, '{}')")
                .param("reason", reason).query(Long.class).single();
    }

    /** What a thorough intruder does after editing: recompute every hash and link from {@code seq} on, and the head. */
    private static void rehashFrom(long seq) {
        tamper("""
                DO $$
                DECLARE r record; prev char(64);
                BEGIN
                    SELECT hash INTO prev FROM audit_log WHERE seq < %d ORDER BY seq DESC LIMIT 1;
                    FOR r IN SELECT * FROM audit_log WHERE seq >= %d ORDER BY seq LOOP
                        UPDATE audit_log SET prev_hash = prev,
                               hash = encode(sha256(convert_to(audit_record_text(r.seq, r.occurred_at, r.actor, r.action, r.entity_type,
                                      r.entity_id, r.transaction_id, r.reason, r.legal_basis, r.before_digest, r.after_digest, r.details,
                                      prev), 'UTF8')), 'hex')
                        WHERE seq = r.seq RETURNING hash INTO prev;
                    END LOOP;
                    UPDATE audit_chain_head SET (seq, hash) = (SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1);
                END $$""".formatted(seq, seq));
    }

    /** Runs statements with the append-only triggers switched off, as the table's owner can. */
    private static void tamper(String... statements) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_log DISABLE TRIGGER USER");
            try {
                for (String sql : statements) {
                    s.execute(sql);
                }
            } finally {
                s.execute("ALTER TABLE audit_log ENABLE TRIGGER USER");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
