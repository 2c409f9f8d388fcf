-- Sources (hồ sơ, tài liệu), dossiers (hồ sơ thủ tục hành chính) and cadastral transactions (giao dịch, biến động).
-- Every change to the register is one transaction, tied to a dossier and a legal basis.

CREATE TABLE source (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text NOT NULL CHECK (kind IN ('contract', 'decision', 'survey', 'court_ruling', 'application_form', 'scan', 'other')),
    reference_no  text,
    title         text NOT NULL,
    issued_date   date,
    issuer        text,
    -- Scanned files are stored by reference with a checksum, never in the database.
    file_uri      text,
    sha256        char(64) CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    media_type    text,
    size_bytes    bigint CHECK (size_bytes >= 0),
    recorded_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (file_uri IS NULL OR sha256 IS NOT NULL)
);

CREATE TABLE application (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Dossier code as issued by the receiving office or the national portal.
    dossier_code        varchar(40) NOT NULL UNIQUE,
    procedure_code      varchar(12) NOT NULL REFERENCES procedure (code),
    commune_id          bigint REFERENCES admin_unit (id),
    channel             text NOT NULL CHECK (channel IN ('portal', 'counter', 'post', 'migration')),
    applicant_name      text NOT NULL,
    applicant_id_type   text,
    applicant_id_number text,
    applicant_party_id  bigint,
    received_at         timestamptz NOT NULL,
    due_at              timestamptz NOT NULL,
    assigned_officer    text,
    status              smallint NOT NULL REFERENCES application_status (code),
    status_changed_at   timestamptz NOT NULL,
    CHECK (due_at >= received_at)
);

CREATE INDEX application_status_idx ON application (status, due_at);

CREATE TABLE application_status_history (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES application (id),
    status         smallint NOT NULL REFERENCES application_status (code),
    changed_at     timestamptz NOT NULL,
    changed_by     text NOT NULL,
    note           text
);

CREATE INDEX application_status_history_app ON application_status_history (application_id, changed_at);

CREATE TABLE application_document (
    application_id bigint NOT NULL REFERENCES application (id),
    source_id      bigint NOT NULL REFERENCES source (id),
    role           text NOT NULL,
    PRIMARY KEY (application_id, source_id)
);

CREATE TABLE application_fee (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES application (id),
    kind           text NOT NULL CHECK (kind IN ('registration_fee', 'certificate_fee', 'land_use_fee', 'registration_tax', 'personal_income_tax', 'information_fee')),
    amount_vnd     bigint NOT NULL CHECK (amount_vnd >= 0),
    paid_at        timestamptz
);

-- A transaction has a lifecycle (DESIGN section 0): draft -> previewed -> submitted -> approved -> committed,
-- or abandoned. Only a committed transaction changes the register; its commit instant is the
-- begin_lifespan of every version it opens and the end_lifespan of every version it closes.
CREATE TABLE cadastral_transaction (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind             varchar(32) NOT NULL REFERENCES transaction_kind (code),
    status           text NOT NULL CHECK (status IN ('draft', 'previewed', 'submitted', 'approved', 'committed', 'abandoned')),
    application_id   bigint REFERENCES application (id),
    legal_basis      text NOT NULL,
    reason           text,
    -- Who opened it and on whose authority; jurisdiction is checked against commune_id.
    created_by       text NOT NULL,
    commune_id       bigint REFERENCES admin_unit (id),
    created_at       timestamptz NOT NULL DEFAULT now(),
    approved_by      text,
    committed_by     text,
    committed_at     timestamptz,
    payload          jsonb,
    CHECK ((status = 'committed') = (committed_at IS NOT NULL))
);

CREATE INDEX cadastral_transaction_application ON cadastral_transaction (application_id);
CREATE INDEX cadastral_transaction_committed ON cadastral_transaction (committed_at) WHERE status = 'committed';

CREATE TABLE transaction_source (
    transaction_id bigint NOT NULL REFERENCES cadastral_transaction (id),
    source_id      bigint NOT NULL REFERENCES source (id),
    PRIMARY KEY (transaction_id, source_id)
);

-- Retries with the same Idempotency-Key replay the first response; the key is scoped to its caller.
CREATE TABLE idempotency_key (
    caller          text NOT NULL,
    key             text NOT NULL CHECK (length(key) BETWEEN 1 AND 200),
    request_sha256  char(64) NOT NULL,
    transaction_id  bigint REFERENCES cadastral_transaction (id),
    response_status smallint,
    response_body   jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    completed_at    timestamptz,
    PRIMARY KEY (caller, key)
);
