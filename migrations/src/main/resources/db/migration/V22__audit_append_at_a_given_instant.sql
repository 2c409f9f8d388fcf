-- A data migration or the demo generator loads a register that has a past: each transaction of that past is
-- audited at the instant it was committed, and the load itself at a stated instant, so that loading the same
-- data twice makes the same audit chain (docs/decisions/0080-reproducible-demo-register.md). audit_append
-- (the application's path) keeps stamping its records with the clock, through the same code.

CREATE FUNCTION audit_append_at(p_at timestamptz, p_actor text, p_action text, p_entity_type text, p_entity_id text,
                                p_transaction_id bigint, p_reason text, p_legal_basis text,
                                p_before_digest text, p_after_digest text, p_details jsonb)
    RETURNS bigint LANGUAGE plpgsql AS
$$
DECLARE
    genesis constant char(64) := repeat('0', 64);
    v_prev  char(64);
    v_seq   bigint;
    v_hash  char(64);
BEGIN
    -- Serialises writers so that sequence order is chain order; held until the calling transaction
    -- ends, so a rolled-back append leaves neither a gap in the chain nor a stale head.
    PERFORM pg_advisory_xact_lock(hashtext('landinfo.audit_log'));
    SELECT hash INTO v_prev FROM audit_chain_head;
    v_prev := coalesce(v_prev, genesis);
    v_seq := nextval(pg_get_serial_sequence('audit_log', 'seq'));
    v_hash := encode(sha256(convert_to(audit_record_text(v_seq, p_at, p_actor, p_action, p_entity_type, p_entity_id,
              p_transaction_id, p_reason, p_legal_basis, p_before_digest, p_after_digest, coalesce(p_details, '{}'), v_prev), 'UTF8')), 'hex');
    INSERT INTO audit_log (seq, occurred_at, actor, action, entity_type, entity_id, transaction_id, reason, legal_basis,
                           before_digest, after_digest, details, prev_hash, hash)
        OVERRIDING SYSTEM VALUE
        VALUES (v_seq, p_at, p_actor, p_action, p_entity_type, p_entity_id, p_transaction_id, p_reason, p_legal_basis,
                p_before_digest, p_after_digest, coalesce(p_details, '{}'), v_prev, v_hash);
    INSERT INTO audit_chain_head (seq, hash) VALUES (v_seq, v_hash)
        ON CONFLICT (singleton) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash;
    RETURN v_seq;
END;
$$;

CREATE OR REPLACE FUNCTION audit_append(p_actor text, p_action text, p_entity_type text, p_entity_id text,
                                        p_transaction_id bigint, p_reason text, p_legal_basis text,
                                        p_before_digest text, p_after_digest text, p_details jsonb)
    RETURNS bigint LANGUAGE sql AS
$$ SELECT audit_append_at(clock_timestamp(), p_actor, p_action, p_entity_type, p_entity_id, p_transaction_id, p_reason,
                          p_legal_basis, p_before_digest, p_after_digest, p_details) $$;
