-- Rights, restrictions and responsibilities (RRR) and certificates. One table per kind of RRR
-- (no wide row with mortgage columns on every right); all versioned with LADM lifespans.

-- A land-use right (quyền sử dụng đất) on a parcel, held by one or more parties.
CREATE TABLE land_right (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parcel_id       bigint NOT NULL REFERENCES parcel (id),
    right_type      text NOT NULL CHECK (right_type IN ('land_use', 'lease', 'sublease', 'house_ownership')),
    -- Hình thức sử dụng: riêng (sole) or chung (joint).
    use_form        text NOT NULL CHECK (use_form IN ('rieng', 'chung')),
    term_type       text NOT NULL CHECK (term_type IN ('long_term', 'fixed')),
    term_end        date,
    origin_code     varchar(12) REFERENCES land_use_origin (code),
    begin_lifespan  timestamptz NOT NULL,
    end_lifespan    timestamptz,
    created_by_tx   bigint NOT NULL REFERENCES cadastral_transaction (id),
    ended_by_tx     bigint REFERENCES cadastral_transaction (id),
    CHECK ((term_type = 'fixed') = (term_end IS NOT NULL)),
    CHECK (end_lifespan IS NULL OR end_lifespan > begin_lifespan)
);

CREATE INDEX land_right_parcel ON land_right (parcel_id, begin_lifespan);

CREATE TABLE right_holder (
    right_id          bigint NOT NULL REFERENCES land_right (id),
    party_id          bigint NOT NULL REFERENCES party (id),
    share_numerator   integer NOT NULL DEFAULT 1 CHECK (share_numerator > 0),
    share_denominator integer NOT NULL DEFAULT 1 CHECK (share_denominator > 0),
    PRIMARY KEY (right_id, party_id),
    CHECK (share_numerator <= share_denominator)
);

CREATE INDEX right_holder_party ON right_holder (party_id);

-- Restrictions: mortgage (thế chấp), seizure (kê biên), dispute (tranh chấp), planning restriction.
CREATE TABLE restriction (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parcel_id       bigint NOT NULL REFERENCES parcel (id),
    kind            text NOT NULL CHECK (kind IN ('mortgage', 'seizure', 'dispute', 'planning')),
    description     text,
    registered_at   timestamptz NOT NULL,
    begin_lifespan  timestamptz NOT NULL,
    end_lifespan    timestamptz,
    created_by_tx   bigint NOT NULL REFERENCES cadastral_transaction (id),
    ended_by_tx     bigint REFERENCES cadastral_transaction (id),
    CHECK (end_lifespan IS NULL OR end_lifespan > begin_lifespan)
);

CREATE INDEX restriction_parcel ON restriction (parcel_id, begin_lifespan);
CREATE INDEX restriction_current ON restriction (parcel_id) WHERE end_lifespan IS NULL;

-- Mortgage details; the rank orders several mortgages on one parcel. Never public (DESIGN section 0).
CREATE TABLE mortgage (
    restriction_id   bigint PRIMARY KEY REFERENCES restriction (id),
    mortgagee_party_id bigint NOT NULL REFERENCES party (id),
    mortgagor_party_id bigint REFERENCES party (id),
    rank             smallint NOT NULL CHECK (rank > 0),
    contract_no      text NOT NULL,
    secured_amount_vnd bigint CHECK (secured_amount_vnd > 0),
    contract_date    date NOT NULL,
    released_at      timestamptz
);

-- Responsibilities: financial obligations (nghĩa vụ tài chính) and recorded debts (ghi nợ).
CREATE TABLE responsibility (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parcel_id       bigint NOT NULL REFERENCES parcel (id),
    party_id        bigint REFERENCES party (id),
    kind            text NOT NULL CHECK (kind IN ('land_use_fee', 'land_rent', 'registration_tax', 'personal_income_tax', 'debt_land_use_fee')),
    amount_vnd      bigint NOT NULL CHECK (amount_vnd >= 0),
    due_date        date,
    settled_at      timestamptz,
    begin_lifespan  timestamptz NOT NULL,
    end_lifespan    timestamptz,
    created_by_tx   bigint NOT NULL REFERENCES cadastral_transaction (id),
    ended_by_tx     bigint REFERENCES cadastral_transaction (id)
);

CREATE INDEX responsibility_parcel ON responsibility (parcel_id);

-- Certificates (Giấy chứng nhận quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất).
-- The serial format depends on the form it was printed on: Circular 10/2024 forms carry 2 letters
-- + 8 digits; older forms 1-2 letters + 6-7 digits. History loads as it was issued.
CREATE TABLE certificate (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    serial             varchar(10) NOT NULL UNIQUE,
    form               text NOT NULL CHECK (form IN ('TT10_2024', 'TT23_2014', 'TT17_2009', 'legacy')),
    certificate_code   text,
    book_number        text NOT NULL,
    issue_date         date NOT NULL,
    issuing_authority  text NOT NULL,
    status             text NOT NULL CHECK (status IN ('valid', 'replaced', 'revoked')),
    replaced_by_id     bigint REFERENCES certificate (id),
    status_reason      text,
    begin_lifespan     timestamptz NOT NULL,
    end_lifespan       timestamptz,
    issued_by_tx       bigint NOT NULL REFERENCES cadastral_transaction (id),
    ended_by_tx        bigint REFERENCES cadastral_transaction (id),
    CONSTRAINT certificate_serial_format CHECK (CASE form
        WHEN 'TT10_2024' THEN serial ~ '^[A-Z]{2}[0-9]{8}$'
        ELSE serial ~ '^[A-Z]{1,2}[0-9]{6,8}$' END),
    CHECK ((status = 'valid') = (end_lifespan IS NULL)),
    CHECK (status <> 'replaced' OR replaced_by_id IS NOT NULL)
);

CREATE TABLE certificate_parcel (
    certificate_id bigint NOT NULL REFERENCES certificate (id),
    parcel_id      bigint NOT NULL REFERENCES parcel (id),
    PRIMARY KEY (certificate_id, parcel_id)
);

CREATE INDEX certificate_parcel_parcel ON certificate_parcel (parcel_id);

CREATE TABLE certificate_holder (
    certificate_id bigint NOT NULL REFERENCES certificate (id),
    party_id       bigint NOT NULL REFERENCES party (id),
    PRIMARY KEY (certificate_id, party_id)
);

-- Changes endorsed on an existing certificate (xác nhận thay đổi) instead of issuing a new one.
CREATE TABLE certificate_endorsement (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    certificate_id bigint NOT NULL REFERENCES certificate (id),
    transaction_id bigint NOT NULL REFERENCES cadastral_transaction (id),
    endorsed_on    date NOT NULL,
    content_vi     text NOT NULL
);

CREATE INDEX certificate_endorsement_certificate ON certificate_endorsement (certificate_id);
