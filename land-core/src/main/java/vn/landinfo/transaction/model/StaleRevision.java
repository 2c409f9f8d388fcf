package vn.landinfo.transaction.model;

/**
 * A step on a draft named a revision (its ETag) that is no longer the draft's current one: someone
 * edited, previewed or moved the draft since the caller read it (HTTP 412). Nothing was written.
 */
public final class StaleRevision extends RuntimeException {

    private final long transactionId;
    private final int expected;
    private final int current;

    public StaleRevision(long transactionId, int expected, int current) {
        super("transaction " + transactionId + " is at revision " + current + ", not " + expected
                + "; reload it (GET) and apply the edit to the current revision");
        this.transactionId = transactionId;
        this.expected = expected;
        this.current = current;
    }

    public long transactionId() {
        return transactionId;
    }

    public int expected() {
        return expected;
    }

    public int current() {
        return current;
    }
}
