package vn.landinfo.audit.model;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The result of walking the whole audit chain. {@code head} is the last record of the log (seq 0 and the
 * genesis hash when it is empty) — the value to export; {@code storedHead} is what the audit_chain_head
 * table says (null when it has no row); {@code expectedHead} is the previously exported head compared
 * against, if any. {@code findings} lists at most a bounded number of findings, in log order;
 * {@code findingsOmitted} says how many more there were; {@code counts} counts all of them by kind.
 */
public record AuditVerification(boolean intact, long records, ChainHead head, ChainHead storedHead, ChainHead expectedHead,
                                Map<FindingKind, Long> counts, List<Finding> findings, long findingsOmitted,
                                Instant verifiedAt, double seconds) {

    public long problems() {
        return counts.entrySet().stream().filter(e -> e.getKey().severity() == FindingKind.Severity.PROBLEM)
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** {@code head: seq=<n> hash=<h> records=<count>}: the line an operator keeps outside the database. */
    public String headLine() {
        return "head: seq=" + head.seq() + " hash=" + head.hash() + " records=" + records;
    }
}
