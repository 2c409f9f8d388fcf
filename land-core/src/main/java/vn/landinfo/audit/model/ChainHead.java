package vn.landinfo.audit.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of the audit chain: the last record's sequence number and hash. Written down outside the
 * database (a log line, an exported file), it is what makes truncation detectable
 * (docs/decisions/0016-hash-chained-audit-log-and-exported-head.md):
 * every record up to that head must still be in the log with that very hash. Text form {@code <seq>:<hash>}.
 */
public record ChainHead(long seq, String hash) {

    /** The hash the first record links to: the head of an empty chain, at seq 0. */
    public static final String GENESIS_HASH = "0".repeat(64);
    public static final ChainHead GENESIS = new ChainHead(0, GENESIS_HASH);

    private static final Pattern TEXT = Pattern.compile("([0-9]{1,18}):([0-9a-fA-F]{64})");

    public ChainHead {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must be >= 0, got " + seq);
        }
        if (hash == null || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("hash must be 64 lower-case hex digits, got " + hash);
        }
    }

    /** Parses {@code <seq>:<hash>}; the message of the exception says what was expected, in both languages. */
    public static ChainHead parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new IllegalArgumentException("phải có dạng <seq>:<hash> (số thứ tự, dấu hai chấm, 64 chữ số hex) / "
                    + "must look like <seq>:<hash> (a sequence number, a colon, 64 hex digits)");
        }
        return new ChainHead(Long.parseLong(m.group(1)), m.group(2).toLowerCase());
    }

    public boolean atGenesis() {
        return seq == 0;
    }

    @Override
    public String toString() {
        return seq + ":" + hash;
    }
}
