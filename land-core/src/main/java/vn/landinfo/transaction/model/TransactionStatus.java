package vn.landinfo.transaction.model;

/**
 * The lifecycle of a transaction (docs/decisions/0013-transaction-draft-lifecycle.md): a draft accumulates edits, a preview
 * checks every rule on
 * the whole result, a procedure that needs a second officer goes through submitted and approved, and
 * only commit changes the register. Committed and abandoned are final.
 */
public enum TransactionStatus {
    DRAFT, PREVIEWED, SUBMITTED, APPROVED, COMMITTED, ABANDONED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TransactionStatus fromCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean isFinal() {
        return this == COMMITTED || this == ABANDONED;
    }

    /** Whether the draft's change may still be edited. Submitting freezes it for the approver. */
    public boolean isEditable() {
        return this == DRAFT || this == PREVIEWED;
    }
}
