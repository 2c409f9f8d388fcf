-- Parties (người sử dụng đất, LADM Party): individuals, organisations, communities, households
-- and groups. A party's details change (name, address, identity document): versions with lifespans.

CREATE TABLE party (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind       text NOT NULL CHECK (kind IN ('individual', 'organisation', 'community', 'household', 'group')),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE party_version (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    party_id        bigint NOT NULL REFERENCES party (id),
    version         integer NOT NULL CHECK (version > 0),
    name            text NOT NULL CHECK (length(btrim(name)) > 0),
    birth_date      date,
    gender          char(1) CHECK (gender IN ('M', 'F')),
    nationality     char(2) DEFAULT 'VN',
    address         text,
    begin_lifespan  timestamptz NOT NULL,
    end_lifespan    timestamptz,
    created_by_tx   bigint REFERENCES cadastral_transaction (id),
    ended_by_tx     bigint REFERENCES cadastral_transaction (id),
    UNIQUE (party_id, version),
    CHECK (end_lifespan IS NULL OR end_lifespan > begin_lifespan),
    EXCLUDE USING gist (party_id WITH =, tstzrange(begin_lifespan, end_lifespan) WITH &&)
);

-- Identity documents. The format is checked per document type, so history loads as it was issued:
-- 12-digit citizen ID (CCCD/định danh cá nhân) today, 9-digit identity card (CMND) before,
-- passports, organisation tax codes (10 digits, or 13 with a branch suffix), household books.
CREATE TABLE party_identifier (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    party_id    bigint NOT NULL REFERENCES party (id),
    id_type     text NOT NULL CHECK (id_type IN ('personal_id', 'identity_card', 'passport', 'tax_code', 'household_book', 'business_registration', 'military_id')),
    id_number   text NOT NULL,
    issued_on   date,
    issued_by   text,
    valid_from  timestamptz NOT NULL DEFAULT now(),
    valid_to    timestamptz,
    CONSTRAINT party_identifier_format CHECK (CASE id_type
        WHEN 'personal_id'    THEN id_number ~ '^[0-9]{12}$'
        WHEN 'identity_card'  THEN id_number ~ '^[0-9]{9}$'
        WHEN 'passport'       THEN id_number ~ '^[A-Z0-9]{6,9}$'
        WHEN 'tax_code'       THEN id_number ~ '^[0-9]{10}(-[0-9]{3})?$'
        ELSE length(id_number) BETWEEN 1 AND 40 END)
);

CREATE INDEX party_identifier_number ON party_identifier (id_type, id_number);
CREATE INDEX party_identifier_party ON party_identifier (party_id);

-- Members of a household or group, with their shares.
CREATE TABLE party_member (
    group_party_id  bigint NOT NULL REFERENCES party (id),
    member_party_id bigint NOT NULL REFERENCES party (id),
    role            text NOT NULL DEFAULT 'member' CHECK (role IN ('head', 'member', 'representative')),
    share_numerator   integer CHECK (share_numerator > 0),
    share_denominator integer CHECK (share_denominator > 0),
    begin_lifespan  timestamptz NOT NULL,
    end_lifespan    timestamptz,
    PRIMARY KEY (group_party_id, member_party_id, begin_lifespan),
    CHECK (group_party_id <> member_party_id),
    CHECK ((share_numerator IS NULL) = (share_denominator IS NULL)),
    CHECK (share_numerator IS NULL OR share_numerator <= share_denominator)
);

ALTER TABLE application ADD CONSTRAINT application_applicant_party FOREIGN KEY (applicant_party_id) REFERENCES party (id);
