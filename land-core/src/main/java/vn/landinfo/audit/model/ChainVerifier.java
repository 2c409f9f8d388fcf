package vn.landinfo.audit.model;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the audit chain one record at a time, in sequence order, holding only the previous record's
 * sequence number and hash, so a log of any length is verified in constant memory. For each record:
 * its content must hash to its stored hash (else ALTERED), and its prev_hash must be the stored hash of
 * the record before it — the genesis hash for the first (else BROKEN_LINK, naming both records and any
 * sequence numbers missing between them). Missing numbers across an intact link are a GAP, reported as
 * information only (a rolled-back append). At the end, {@link #finish} compares the last record with the
 * audit_chain_head table (HEAD_MISMATCH) and with a previously exported head (TRUNCATED_OR_REWRITTEN).
 */
public final class ChainVerifier {

    /** Findings listed in full; beyond this they are only counted (an attacker must not be able to exhaust memory). */
    public static final int MAX_LISTED_FINDINGS = 1000;

    private final ChainHead expectedHead;
    private final Instant started;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<FindingKind, Long> counts = new EnumMap<>(FindingKind.class);
    private long omitted;

    private long records;
    private long previousSeq;
    private String previousHash = ChainHead.GENESIS_HASH;
    /** The stored hash of the record at the expected head's seq, once walked past it. */
    private String hashAtExpectedSeq;

    /** @param expectedHead a head exported earlier, or null when there is none to compare with */
    public ChainVerifier(ChainHead expectedHead, Instant started) {
        this.expectedHead = expectedHead;
        this.started = started;
        if (expectedHead != null && expectedHead.atGenesis()) {
            hashAtExpectedSeq = ChainHead.GENESIS_HASH;
        }
    }

    /** The next record of the log; records must come in increasing seq order. */
    public void accept(AuditRecord r) {
        if (r.seq() <= previousSeq) {
            throw new IllegalArgumentException("records must come in increasing seq order: " + r.seq() + " after " + previousSeq);
        }
        records++;
        String recomputed = RecordHash.of(r);
        String stored = r.hash().strip();
        if (!recomputed.equals(stored)) {
            add(Finding.of(FindingKind.ALTERED, r.seq(), null, null, null, stored, recomputed,
                    "nội dung bản ghi " + r.seq() + " đã bị sửa: mã băm lưu " + stored + " khác mã băm tính lại " + recomputed,
                    "record " + r.seq() + " was altered: its stored hash " + stored + " differs from the hash of its content " + recomputed));
        }
        boolean gap = r.seq() != previousSeq + 1;
        Long missingFrom = gap ? previousSeq + 1 : null;
        Long missingTo = gap ? r.seq() - 1 : null;
        String prev = r.prevHash().strip();
        if (!prev.equals(previousHash)) {
            add(brokenLink(r.seq(), prev, gap, missingFrom, missingTo));
        } else if (gap) {
            add(Finding.of(FindingKind.GAP, r.seq(), previousSeq == 0 ? null : previousSeq, missingFrom, missingTo, null, null,
                    "không có số thứ tự " + range(missingFrom, missingTo) + " nhưng chuỗi liên kết vẫn nguyên vẹn "
                            + "(lần ghi bị hủy bỏ vẫn tiêu một số thứ tự); không phải dấu hiệu can thiệp",
                    "no record has seq " + range(missingFrom, missingTo) + " but the link across is intact "
                            + "(a rolled-back append still uses up its sequence number); not a sign of tampering"));
        }
        if (expectedHead != null && r.seq() == expectedHead.seq()) {
            hashAtExpectedSeq = stored;
        }
        previousSeq = r.seq();
        previousHash = stored;
    }

    private Finding brokenLink(long seq, String prev, boolean gap, Long missingFrom, Long missingTo) {
        if (previousSeq == 0) {
            return Finding.of(FindingKind.BROKEN_LINK, seq, null, missingFrom, missingTo, ChainHead.GENESIS_HASH, prev,
                    "bản ghi đầu tiên (" + seq + ") không nối vào mã khởi đầu của chuỗi: các bản ghi trước nó đã bị xóa"
                            + (gap ? " (thiếu số " + range(missingFrom, missingTo) + ")" : ""),
                    "the first record (" + seq + ") does not link to the chain's genesis hash: records before it were deleted"
                            + (gap ? " (seq " + range(missingFrom, missingTo) + " missing)" : ""));
        }
        return Finding.of(FindingKind.BROKEN_LINK, seq, previousSeq, missingFrom, missingTo, previousHash, prev,
                gap ? "liên kết đứt giữa bản ghi " + previousSeq + " và " + seq + ": bản ghi " + range(missingFrom, missingTo)
                        + " đã bị xóa (prev_hash của " + seq + " không phải mã băm của " + previousSeq + ")"
                    : "liên kết đứt giữa bản ghi " + previousSeq + " và " + seq + ": prev_hash của " + seq
                        + " không phải mã băm của " + previousSeq + " (bản ghi bị chèn, thay thế hoặc viết lại)",
                gap ? "broken link between records " + previousSeq + " and " + seq + ": record(s) " + range(missingFrom, missingTo)
                        + " were deleted (the prev_hash of " + seq + " is not the hash of " + previousSeq + ")"
                    : "broken link between records " + previousSeq + " and " + seq + ": the prev_hash of " + seq
                        + " is not the hash of " + previousSeq + " (a record was inserted, replaced or rewritten)");
    }

    /**
     * Ends the walk.
     *
     * @param storedHead the audit_chain_head row, or null when the table is empty
     */
    public AuditVerification finish(ChainHead storedHead, Instant finished) {
        ChainHead head = records == 0 ? ChainHead.GENESIS : new ChainHead(previousSeq, previousHash);
        boolean headAgrees = storedHead == null ? records == 0 : storedHead.equals(head);
        if (!headAgrees) {
            String stored = storedHead == null ? "(none)" : storedHead.toString();
            add(Finding.of(FindingKind.HEAD_MISMATCH, records == 0 ? null : head.seq(), null, null, null, head.toString(), stored,
                    "bảng audit_chain_head ghi " + stored + " nhưng bản ghi cuối của nhật ký là " + head
                            + ": bản ghi cuối bị xóa hoặc đầu chuỗi bị sửa",
                    "the audit_chain_head table says " + stored + " but the log's last record is " + head
                            + ": records at the end were deleted or the head was edited"));
        }
        if (expectedHead != null && !expectedHead.hash().equals(hashAtExpectedSeq)) {
            add(truncatedOrRewritten(head));
        }
        boolean intact = problemCount() == 0;
        return new AuditVerification(intact, records, head, storedHead, expectedHead, Collections.unmodifiableMap(new EnumMap<>(counts)),
                List.copyOf(findings), omitted, finished, Duration.between(started, finished).toNanos() / 1e9);
    }

    private Finding truncatedOrRewritten(ChainHead head) {
        long seq = expectedHead.seq();
        if (seq > head.seq()) {
            return Finding.of(FindingKind.TRUNCATED_OR_REWRITTEN, seq, head.seq() == 0 ? null : head.seq(), null, null,
                    expectedHead.toString(), head.toString(),
                    "đầu chuỗi đã xuất trước đây là bản ghi " + seq + " nhưng nhật ký nay chỉ đến " + head.seq()
                            + ": các bản ghi cuối đã bị cắt bỏ",
                    "the previously exported head is record " + seq + " but the log now ends at " + head.seq()
                            + ": records were cut from the end");
        }
        if (hashAtExpectedSeq == null) {
            return Finding.of(FindingKind.TRUNCATED_OR_REWRITTEN, seq, null, null, null, expectedHead.toString(), "(none)",
                    "bản ghi " + seq + " của đầu chuỗi đã xuất không còn trong nhật ký: đã bị xóa",
                    "record " + seq + " of the previously exported head is no longer in the log: it was deleted");
        }
        return Finding.of(FindingKind.TRUNCATED_OR_REWRITTEN, seq, null, null, null, expectedHead.toString(), seq + ":" + hashAtExpectedSeq,
                "bản ghi " + seq + " của đầu chuỗi đã xuất nay có mã băm khác (" + hashAtExpectedSeq + "): nhật ký đã bị viết lại",
                "record " + seq + " of the previously exported head now has another hash (" + hashAtExpectedSeq + "): the log was rewritten");
    }

    private void add(Finding f) {
        counts.merge(f.kind(), 1L, Long::sum);
        if (findings.size() < MAX_LISTED_FINDINGS) {
            findings.add(f);
        } else {
            omitted++;
        }
    }

    private long problemCount() {
        return counts.entrySet().stream().filter(e -> e.getKey().severity() == FindingKind.Severity.PROBLEM)
                .mapToLong(Map.Entry::getValue).sum();
    }

    public long records() {
        return records;
    }

    private static String range(long from, long to) {
        return from == to ? Long.toString(from) : from + ".." + to;
    }
}
