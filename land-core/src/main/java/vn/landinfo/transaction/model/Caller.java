package vn.landinfo.transaction.model;

import java.util.Objects;

/**
 * On whose behalf a transaction runs: the authenticated subject (an officer's account, an agency client)
 * as the web layer established it. Access control will add roles and jurisdiction here; the pipeline
 * already records the subject on every transaction and audit record.
 */
public record Caller(String subject) {
    public Caller {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > 200) {
            throw new IllegalArgumentException("caller subject must be 1-200 characters");
        }
    }
}
