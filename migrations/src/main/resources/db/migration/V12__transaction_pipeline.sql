-- What the transaction pipeline (issue 3) needs beyond V4: the caller on whose behalf a transaction
-- runs, a version for optimistic edits of drafts, the outcome a committed transaction produced, the
-- register events other parts of the system (tile caches, the portal outbox) react to, and the rule
-- tables that officers and provinces configure.

ALTER TABLE cadastral_transaction
    -- Optimistic concurrency on the draft itself: every edit of a draft bumps it (its ETag).
    ADD COLUMN revision   integer NOT NULL DEFAULT 1 CHECK (revision > 0),
    -- The rule violations of the last preview and, once committed, the parcels it made.
    ADD COLUMN outcome    jsonb,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN abandoned_at timestamptz,
    ADD CHECK ((status = 'abandoned') = (abandoned_at IS NOT NULL));

CREATE INDEX cadastral_transaction_open ON cadastral_transaction (created_by, status) WHERE status NOT IN ('committed', 'abandoned');

-- Register events (the domain events of committed transactions): a transactional outbox. The row is
-- written in the same database transaction as the change, so an event exists exactly when the change
-- does; consumers (tile caches on every instance, the portal connector) read it by sequence number and
-- are woken by NOTIFY landinfo_register_event.
CREATE TABLE register_event (
    seq            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    timestamptz NOT NULL,
    transaction_id bigint NOT NULL REFERENCES cadastral_transaction (id),
    kind           varchar(32) NOT NULL REFERENCES transaction_kind (code),
    commune_ids    bigint[] NOT NULL,
    parcel_ids     bigint[] NOT NULL,
    -- The extent the change touched (old and new geometries), for tile invalidation; null when no geometry changed.
    extent         geometry(Polygon, 4326),
    payload        jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX register_event_transaction ON register_event (transaction_id);

-- Minimum area of a parcel made by a split (diện tích tối thiểu được tách thửa). Each province's People's
-- Committee sets its own by decision; a row with a null province is the national default the register
-- falls back to. Areas in m²; a minimum frontage applies to residential land in towns.
CREATE TABLE minimum_split_area (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    province_code  varchar(2),
    purpose_code   varchar(3) NOT NULL REFERENCES land_use_code (code),
    minimum_area   numeric(10, 1) NOT NULL CHECK (minimum_area > 0),
    minimum_frontage numeric(6, 2) CHECK (minimum_frontage > 0),
    legal_basis    text NOT NULL,
    UNIQUE NULLS NOT DISTINCT (province_code, purpose_code)
);

-- National defaults, typical of the provincial decisions (urban residential 40 m² with a 4 m frontage,
-- rural residential 80 m², rice land 500 m², perennial crops 300 m², production forest 5,000 m²).
INSERT INTO minimum_split_area (province_code, purpose_code, minimum_area, minimum_frontage, legal_basis) VALUES
  (NULL, 'ODT', 40, 4, 'Mặc định hệ thống (Điều 220 Luật Đất đai 2024)'),
  (NULL, 'ONT', 80, 4, 'Mặc định hệ thống (Điều 220 Luật Đất đai 2024)'),
  (NULL, 'LUC', 500, NULL, 'Mặc định hệ thống (Điều 220 Luật Đất đai 2024)'),
  (NULL, 'LUK', 500, NULL, 'Mặc định hệ thống (Điều 220 Luật Đất đai 2024)'),
  (NULL, 'HNK', 300, NULL, 'Mặc định hệ thống (Điều 220 Luật Đất đai 2024)'),
  (NULL, 'CLN', 300, NULL, 'Mặc định hệ thống (Điều 220 Luật Đất đai 2024)'),
  (NULL, 'NTS', 300, NULL, 'Mặc định hệ thống (Điều 220 Luật Đất đai 2024)'),
  (NULL, 'RSX', 5000, NULL, 'Mặc định hệ thống (Điều 220 Luật Đất đai 2024)'),
  -- Hà Nội (Quyết định 61/2024/QĐ-UBND): 50 m² in wards, 80 m² in communes near town.
  ('01', 'ODT', 50, 4, 'Quyết định 61/2024/QĐ-UBND TP Hà Nội'),
  -- Cần Thơ and Điện Biên keep the national defaults for residential land but raise rice land.
  ('92', 'LUC', 1000, NULL, 'Quy định tách thửa TP Cần Thơ'),
  ('11', 'RSX', 10000, NULL, 'Quy định tách thửa tỉnh Điện Biên');

-- Serials of certificates landinfo issues (Circular 10/2024 form: 2 letters + 8 digits). The letters are
-- the issuing office's series; the digits come from this sequence so two offices never collide.
CREATE SEQUENCE certificate_serial_seq START WITH 1 MINVALUE 1 MAXVALUE 99999999 NO CYCLE;
