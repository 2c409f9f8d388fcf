package vn.landinfo.audit.model;

/** What the verification of the audit chain can find; stable codes for scripts and the API. */
public enum FindingKind {

    /** A record's content no longer hashes to its stored hash: it was edited in place. */
    ALTERED(Severity.PROBLEM),
    /** A record's prev_hash is not the hash of the record before it: records deleted, inserted or rewritten. */
    BROKEN_LINK(Severity.PROBLEM),
    /**
     * Sequence numbers missing while the link across them is intact. Not tampering: {@code audit_append}
     * draws the number with nextval inside the caller's transaction, and a rolled-back transaction does not
     * give its number back; the chain links commit order, not numbers.
     */
    GAP(Severity.INFO),
    /** The one-row {@code audit_chain_head} table does not name the last record of the log. */
    HEAD_MISMATCH(Severity.PROBLEM),
    /** A head exported earlier is no longer in the chain with its hash: the log was cut back or rewritten. */
    TRUNCATED_OR_REWRITTEN(Severity.PROBLEM);

    private final Severity severity;

    FindingKind(Severity severity) {
        this.severity = severity;
    }

    public Severity severity() {
        return severity;
    }

    public enum Severity {
        /** Evidence of tampering (or of a fault that looks like it): the chain is not intact. */
        PROBLEM,
        /** Worth knowing, proves nothing wrong. */
        INFO
    }
}
