package vn.landinfo.audit.model;

import java.time.Instant;

/**
 * One row of {@code audit_log} exactly as stored: the fields its hash covers, the hash of the record it
 * claims to follow ({@code prevHash}) and its own stored {@code hash}. {@code detailsJson} is PostgreSQL's
 * own text of the jsonb value (normalised: key order and spacing are the database's, not the writer's).
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, String action, String entityType, String entityId,
                          Long transactionId, String reason, String legalBasis, String beforeDigest, String afterDigest,
                          String detailsJson, String prevHash, String hash) {
}
