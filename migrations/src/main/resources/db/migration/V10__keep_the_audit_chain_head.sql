-- The head of the audit chain (last sequence number and hash) in a one-row table, so appending reads
-- one row instead of searching audit_log: a cached plan made while audit_log was small must not turn
-- every append into a scan of a log that has grown to millions of records. The head also is what an
-- operator exports outside the database to detect truncation (DESIGN section 0, "Audit head").

CREATE TABLE audit_chain_head (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    seq       bigint NOT NULL,
    hash      char(64) NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);

INSERT INTO audit_chain_head (seq, hash)
SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1;

CREATE OR REPLACE FUNCTION audit_append(p_actor text, p_action text, p_entity_type text, p_entity_id text,
                                        p_transaction_id bigint, p_reason text, p_legal_basis text,
                                        p_before_digest text, p_after_digest text, p_details jsonb)
    RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    genesis constant char(64) := repeat('0', 64);
    v_prev  char(64);
    v_seq   bigint;
    v_at    timestamptz := clock_timestamp();
    v_hash  char(64);
BEGIN
    -- Serialises writers so that sequence order is chain order; held until the calling transaction
    -- ends, so a rolled-back append leaves neither a gap in the chain nor a stale head.
    PERFORM pg_advisory_xact_lock(hashtext('landinfo.audit_log'));
    SELECT hash INTO v_prev FROM audit_chain_head;
    v_prev := coalesce(v_prev, genesis);
    v_seq := nextval(pg_get_serial_sequence('audit_log', 'seq'));
    v_hash := encode(sha256(convert_to(audit_record_text(v_seq, v_at, p_actor, p_action, p_entity_type, p_entity_id,
              p_transaction_id, p_reason, p_legal_basis, p_before_digest, p_after_digest, coalesce(p_details, '{}'), v_prev), 'UTF8')), 'hex');
    INSERT INTO audit_log (seq, occurred_at, actor, action, entity_type, entity_id, transaction_id, reason, legal_basis,
                           before_digest, after_digest, details, prev_hash, hash)
        OVERRIDING SYSTEM VALUE
        VALUES (v_seq, v_at, p_actor, p_action, p_entity_type, p_entity_id, p_transaction_id, p_reason, p_legal_basis,
                p_before_digest, p_after_digest, coalesce(p_details, '{}'), v_prev, v_hash);
    INSERT INTO audit_chain_head (seq, hash) VALUES (v_seq, v_hash)
        ON CONFLICT (singleton) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
    RETURN v_seq;
END;
$$;
