package vn.landinfo.transaction.model;

/**
 * The request itself is malformed for its kind (a missing field, a geometry that does not parse, a
 * parcel id that does not exist): a client error (HTTP 400 or 404), distinct from a well-formed change
 * that breaks the register's rules ({@link TransactionRejected}, 422). {@code field} names the JSON
 * pointer or parameter at fault.
 */
public final class InvalidChange extends RuntimeException {

    public enum Reason { MALFORMED, NOT_FOUND, TOO_LARGE }

    private final Reason reason;
    private final String field;

    public InvalidChange(Reason reason, String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public static InvalidChange malformed(String field, String message) {
        return new InvalidChange(Reason.MALFORMED, field, message);
    }

    public static InvalidChange notFound(String field, String message) {
        return new InvalidChange(Reason.NOT_FOUND, field, message);
    }

    public Reason reason() {
        return reason;
    }

    public String field() {
        return field;
    }
}
