-- The append-only audit log: who did what, when, why and on what legal basis, with digests of the
-- state before and after. Each record carries the hash of the previous one, so an altered or deleted
-- record breaks the chain; the triggers below refuse UPDATE, DELETE and TRUNCATE outright.

CREATE TABLE audit_log (
    seq             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at     timestamptz NOT NULL,
    actor           text NOT NULL,
    action          text NOT NULL,
    entity_type     text NOT NULL,
    entity_id       text,
    transaction_id  bigint REFERENCES cadastral_transaction (id),
    reason          text,
    legal_basis     text,
    before_digest   char(64),
    after_digest    char(64),
    details         jsonb NOT NULL DEFAULT '{}',
    prev_hash       char(64) NOT NULL CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash            char(64) NOT NULL UNIQUE CHECK (hash ~ '^[0-9a-f]{64}$')
);

CREATE INDEX audit_log_transaction ON audit_log (transaction_id);
CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- The text a record's hash is computed over. Timestamps in UTC with microseconds and jsonb's own
-- normalised text make it independent of the session's settings, so a verifier recomputes it exactly.
CREATE FUNCTION audit_record_text(seq bigint, occurred_at timestamptz, actor text, action text, entity_type text,
                                  entity_id text, transaction_id bigint, reason text, legal_basis text,
                                  before_digest text, after_digest text, details jsonb, prev_hash text)
    RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN concat_ws(chr(31), seq::text,
                 to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                 actor, action, entity_type, coalesce(entity_id, ''), coalesce(transaction_id::text, ''),
                 coalesce(reason, ''), coalesce(legal_basis, ''), coalesce(before_digest, ''),
                 coalesce(after_digest, ''), details::text, prev_hash);

-- Appends one record to the chain. The advisory lock serialises writers so that sequence order is
-- chain order; it is held until the calling transaction ends, so a rolled-back write leaves no gap.
CREATE FUNCTION audit_append(p_actor text, p_action text, p_entity_type text, p_entity_id text,
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
    PERFORM pg_advisory_xact_lock(hashtext('landinfo.audit_log'));
    SELECT hash INTO v_prev FROM audit_log ORDER BY seq DESC LIMIT 1;
    v_prev := coalesce(v_prev, genesis);
    v_seq := nextval(pg_get_serial_sequence('audit_log', 'seq'));
    v_hash := encode(sha256(convert_to(audit_record_text(v_seq, v_at, p_actor, p_action, p_entity_type, p_entity_id,
              p_transaction_id, p_reason, p_legal_basis, p_before_digest, p_after_digest, coalesce(p_details, '{}'), v_prev), 'UTF8')), 'hex');
    INSERT INTO audit_log (seq, occurred_at, actor, action, entity_type, entity_id, transaction_id, reason, legal_basis,
                           before_digest, after_digest, details, prev_hash, hash)
        OVERRIDING SYSTEM VALUE
        VALUES (v_seq, v_at, p_actor, p_action, p_entity_type, p_entity_id, p_transaction_id, p_reason, p_legal_basis,
                p_before_digest, p_after_digest, coalesce(p_details, '{}'), v_prev, v_hash);
    RETURN v_seq;
END;
$$;
