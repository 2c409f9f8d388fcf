package vn.landinfo.transaction.model;

/**
 * The caller may not take this step on this transaction (HTTP 403): today the four-eyes rule (the
 * officer who opened a transaction cannot approve it); access control adds roles and jurisdiction.
 * {@code messageVi}/{@code messageEn} say why, for the officer.
 */
public final class NotPermitted extends RuntimeException {

    private final String messageVi;

    public NotPermitted(String messageVi, String messageEn) {
        super(messageEn);
        this.messageVi = messageVi;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return getMessage();
    }
}
