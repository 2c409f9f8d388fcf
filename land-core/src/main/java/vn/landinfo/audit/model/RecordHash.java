package vn.landinfo.audit.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Recomputes a record's hash in Java, byte for byte as the database's {@code audit_record_text} (V8) and
 * {@code audit_append} (V10) do: the fields joined by U+001F (unit separator), the instant in UTC with
 * microseconds, absent optional fields as empty strings, then SHA-256 over the UTF-8 bytes, in lower-case
 * hex. Doing it here rather than by calling that SQL function means that whoever can redefine functions
 * in the database still cannot make the verifier agree with an altered record.
 */
public final class RecordHash {

    private static final char SEPARATOR = '\u001f';
    /** to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'). */
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private RecordHash() {
    }

    /** The text the hash is computed over. */
    public static String text(AuditRecord r) {
        return String.join(String.valueOf(SEPARATOR),
                Long.toString(r.seq()),
                INSTANT.format(r.occurredAt()),
                r.actor(),
                r.action(),
                r.entityType(),
                orEmpty(r.entityId()),
                r.transactionId() == null ? "" : Long.toString(r.transactionId()),
                orEmpty(r.reason()),
                orEmpty(r.legalBasis()),
                // char(64) columns: the database hashed the text before it was blank-padded into the column.
                unpadded(r.beforeDigest()),
                unpadded(r.afterDigest()),
                r.detailsJson(),
                unpadded(r.prevHash()));
    }

    /** SHA-256 of {@link #text(AuditRecord)}, as 64 lower-case hex digits. */
    public static String of(AuditRecord r) {
        return sha256Hex(text(r));
    }

    static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** What PostgreSQL's char(n) to text cast leaves: the value without its trailing blanks (spaces only). */
    private static String unpadded(String s) {
        if (s == null) {
            return "";
        }
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
