package vn.landinfo.audit.model;

/**
 * One thing the verification found, located by sequence number: {@code seq} is the record concerned,
 * {@code previousSeq} the record before it in the log (for links and gaps), {@code missingFrom..missingTo}
 * the sequence numbers absent between them. {@code expected}/{@code actual} are the hashes (or heads) compared.
 * Messages in Vietnamese and English.
 */
public record Finding(FindingKind kind, FindingKind.Severity severity, Long seq, Long previousSeq, Long missingFrom,
                      Long missingTo, String expected, String actual, String messageVi, String messageEn) {

    static Finding of(FindingKind kind, Long seq, Long previousSeq, Long missingFrom, Long missingTo, String expected,
                      String actual, String messageVi, String messageEn) {
        return new Finding(kind, kind.severity(), seq, previousSeq, missingFrom, missingTo, expected, actual, messageVi, messageEn);
    }

    public boolean countsAsProblem() {
        return severity == FindingKind.Severity.PROBLEM;
    }

    /** One line for a terminal or a log: code, where, then English and Vietnamese. */
    public String line() {
        return (countsAsProblem() ? "" : "info: ") + kind + (seq == null ? "" : " seq=" + seq) + ": " + messageEn + " / " + messageVi;
    }
}
