package vn.landinfo.audit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The chain rules on records built in memory (the database-backed cases are in VerifyingAuditChainIT). */
class ChainVerifierTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05.123456Z");

    @Test
    void theHashedTextIsTheFieldsJoinedByUnitSeparatorsWithTheInstantInUtcMicroseconds() {
        AuditRecord r = new AuditRecord(7, T0, "officer", "transaction.commit.SPLIT", "cadastral_transaction", null, 42L,
                "Tách thửa", null, "ab" + " ".repeat(62), null, "{\"a\": 1}", ChainHead.GENESIS_HASH, "x");

        assertThat(RecordHash.text(r)).isEqualTo(String.join("\u001f", "7", "2026-01-02T03:04:05.123456Z", "officer",
                "transaction.commit.SPLIT", "cadastral_transaction", "", "42", "Tách thửa", "", "ab", "", "{\"a\": 1}",
                ChainHead.GENESIS_HASH));
        assertThat(RecordHash.of(r)).hasSize(64).matches("[0-9a-f]{64}");
    }

    @Test
    void aChainBuiltByTheRulesVerifiesAndEachKindOfDamageIsNamed() {
        List<AuditRecord> chain = chain(6);
        assertThat(verify(chain, null).intact()).isTrue();

        List<AuditRecord> altered = new ArrayList<>(chain);
        AuditRecord third = altered.get(2);
        altered.set(2, new AuditRecord(third.seq(), third.occurredAt(), "intruder", third.action(), third.entityType(), third.entityId(),
                third.transactionId(), third.reason(), third.legalBasis(), third.beforeDigest(), third.afterDigest(), third.detailsJson(),
                third.prevHash(), third.hash()));
        AuditVerification a = verify(altered, null);
        assertThat(a.findings()).extracting(Finding::kind, Finding::seq).containsExactly(org.assertj.core.groups.Tuple.tuple(FindingKind.ALTERED, 3L));

        List<AuditRecord> deleted = new ArrayList<>(chain);
        deleted.remove(3);
        AuditVerification d = verify(deleted, null);
        assertThat(d.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.BROKEN_LINK);
            assertThat(f.seq()).isEqualTo(5);
            assertThat(f.previousSeq()).isEqualTo(3);
            assertThat(f.missingFrom()).isEqualTo(4);
        });
    }

    @Test
    void recordsOutOfOrderAreAProgrammingErrorNotAFinding() {
        List<AuditRecord> chain = chain(2);
        ChainVerifier v = new ChainVerifier(null, T0);
        v.accept(chain.get(1));
        assertThatThrownBy(() -> v.accept(chain.get(0))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findingsBeyondTheListingLimitAreCountedNotListed() {
        ChainVerifier v = new ChainVerifier(null, T0);
        String prev = ChainHead.GENESIS_HASH;
        int n = ChainVerifier.MAX_LISTED_FINDINGS + 5;
        for (int i = 1; i <= n; i++) {
            AuditRecord r = record(i, prev);
            // every record stored with a wrong hash: all altered
            v.accept(withHash(r, "f".repeat(64).substring(0, 60) + "%04x".formatted(i)));
            prev = "f".repeat(60) + "%04x".formatted(i);
        }
        AuditVerification result = v.finish(null, T0);
        assertThat(result.counts().get(FindingKind.ALTERED)).isEqualTo(n);
        assertThat(result.findings().size() + result.findingsOmitted()).isEqualTo(n + 1L);
        assertThat(result.findings()).hasSize(ChainVerifier.MAX_LISTED_FINDINGS);
    }

    @Test
    void aHeadIsWrittenAndParsedAsSeqColonHash() {
        ChainHead head = ChainHead.parse(" 12:" + "AB".repeat(32) + "\n");
        assertThat(head).isEqualTo(new ChainHead(12, "ab".repeat(32)));
        assertThat(head.toString()).isEqualTo("12:" + "ab".repeat(32));
        assertThatThrownBy(() -> ChainHead.parse("12:abc")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("<seq>:<hash>");
        assertThatThrownBy(() -> ChainHead.parse("x:" + "a".repeat(64))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ChainHead.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static AuditVerification verify(List<AuditRecord> records, ChainHead expected) {
        ChainVerifier v = new ChainVerifier(expected, T0);
        records.forEach(v::accept);
        AuditRecord last = records.get(records.size() - 1);
        return v.finish(new ChainHead(last.seq(), last.hash()), T0);
    }

    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> chain = new ArrayList<>();
        String prev = ChainHead.GENESIS_HASH;
        for (int i = 1; i <= n; i++) {
            AuditRecord r = record(i, prev);
            chain.add(r);
            prev = r.hash();
        }
        return chain;
    }

    private static AuditRecord record(long seq, String prev) {
        AuditRecord unhashed = new AuditRecord(seq, T0.plusSeconds(seq), "officer", "note", "test", Long.toString(seq), null,
                "reason " + seq, null, null, null, "{}", prev, "");
        return withHash(unhashed, RecordHash.of(unhashed));
    }

    private static AuditRecord withHash(AuditRecord r, String hash) {
        return new AuditRecord(r.seq(), r.occurredAt(), r.actor(), r.action(), r.entityType(), r.entityId(), r.transactionId(),
                r.reason(), r.legalBasis(), r.beforeDigest(), r.afterDigest(), r.detailsJson(), r.prevHash(), hash);
    }
}
