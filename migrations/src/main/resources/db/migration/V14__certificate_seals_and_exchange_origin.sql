-- Issue 3, rights transactions and certificate QR codes.

-- The origin written for a land-use right received by exchange (nhận chuyển đổi quyền sử dụng đất),
-- which the other acquisition kinds (NCN, NTK, NTC, NGV) already have.
INSERT INTO land_use_origin (code, name_vi, name_en) VALUES
  ('NCD', 'Nhận chuyển đổi quyền sử dụng đất', 'Acquired by exchange')
ON CONFLICT (code) DO NOTHING;

-- Keys that seal the QR code of a certificate (Ed25519). The QR code links to the public record and
-- carries a signature over the certificate's identity; a verifier finds the key by its id, so old codes
-- stay verifiable after a new key is made. One key is active: the one new codes are signed with.
-- The private key (PKCS#8) is read only by the signer inside the application's database layer; a
-- deployment may instead supply the key pair through its configuration (a secret store), in which case
-- this table only ever holds public keys of earlier keys.
CREATE TABLE certificate_seal_key (
    key_id       varchar(16) PRIMARY KEY CHECK (key_id ~ '^[a-z0-9]{1,16}$'),
    algorithm    text NOT NULL CHECK (algorithm = 'Ed25519'),
    public_key   bytea NOT NULL,
    private_key  bytea,
    active       boolean NOT NULL DEFAULT false,
    created_at   timestamptz NOT NULL DEFAULT now(),
    retired_at   timestamptz
);

-- At most one active key, so two instances starting at once cannot both make one.
CREATE UNIQUE INDEX certificate_seal_key_one_active ON certificate_seal_key (active) WHERE active;
