package vn.landinfo.transaction.model;

/** The transaction is not in a state that allows this step (committing an abandoned draft, editing a submitted one): HTTP 409. */
public final class IllegalTransition extends RuntimeException {
    public IllegalTransition(String message) {
        super(message);
    }
}
