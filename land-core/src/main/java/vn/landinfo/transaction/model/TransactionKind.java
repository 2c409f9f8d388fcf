package vn.landinfo.transaction.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of cadastral transaction (loại biến động), as coded in the {@code transaction_kind} table. */
public enum TransactionKind {
    FIRST_REGISTRATION,
    TRANSFER,
    GIFT,
    INHERITANCE,
    EXCHANGE,
    CAPITAL_CONTRIBUTION,
    LEASE,
    MORTGAGE_REGISTRATION,
    MORTGAGE_RELEASE,
    SPLIT,
    MERGE,
    PURPOSE_CHANGE,
    BOUNDARY_CORRECTION,
    INFORMATION_CHANGE,
    CERTIFICATE_REISSUE,
    CERTIFICATE_REPLACEMENT,
    CERTIFICATE_CORRECTION,
    CERTIFICATE_REVOCATION,
    DATA_MIGRATION;

    /** The code stored in the database and used in payloads: the constant's name. */
    public String code() {
        return name();
    }

    public static Optional<TransactionKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
    }
}
