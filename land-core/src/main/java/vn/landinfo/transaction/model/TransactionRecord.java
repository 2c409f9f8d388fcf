package vn.landinfo.transaction.model;

import java.time.Instant;

/**
 * A transaction as stored: kind, lifecycle status, revision (ETag of a draft), who opened it, its legal
 * basis and reason, the dossier it belongs to, the change (payload JSON) and, after a preview or the
 * commit, its outcome (JSON).
 */
public record TransactionRecord(long id, TransactionKind kind, TransactionStatus status, int revision, String createdBy,
                                String legalBasis, String reason, String dossierCode, String payloadJson,
                                String outcomeJson, Instant createdAt, Instant committedAt, String committedBy,
                                String approvedBy) {
}
