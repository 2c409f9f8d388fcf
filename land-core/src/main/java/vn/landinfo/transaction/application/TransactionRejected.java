package vn.landinfo.transaction.application;

/**
 * The change breaks one or more rules of the register; nothing was written (HTTP 422). Carries the whole
 * outcome the preview would show: every violation with its offending geometry part, and the parcels as
 * they would have been.
 */
public final class TransactionRejected extends RuntimeException {

    private final transient Outcome outcome;

    public TransactionRejected(Outcome outcome) {
        super(outcome.violations().size() + " rule violation(s): "
                + outcome.violations().stream().map(Outcome.ViolationView::code).toList());
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
