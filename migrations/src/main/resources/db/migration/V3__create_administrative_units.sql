-- Administrative units (đơn vị hành chính): provinces (2-digit code) and communes, wards and
-- special zones (5-digit code). Units are merged and split (1 July 2025, and again later), and a
-- code may be reused by a different unit, so a unit is a row with a validity period, and the
-- code is unique only among units valid at the same time.

CREATE TABLE admin_unit (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    level           text NOT NULL CHECK (level IN ('province', 'commune')),
    code            varchar(5) NOT NULL,
    unit_type       text NOT NULL CHECK (unit_type IN ('thanh_pho', 'tinh', 'phuong', 'xa', 'dac_khu', 'thi_tran', 'quan', 'huyen', 'thi_xa')),
    name_vi         text NOT NULL,
    name_en         text NOT NULL,
    full_name_vi    text NOT NULL,
    full_name_en    text NOT NULL,
    parent_id       bigint REFERENCES admin_unit (id),
    province_code   varchar(2) NOT NULL CHECK (province_code ~ '^[0-9]{2}$'),
    valid_from      date NOT NULL,
    valid_to        date,
    boundary        geometry(MultiPolygon, 4326),
    -- What the import repaired in the reference boundary (invalid ring, overlap with a neighbour), NULL when nothing.
    boundary_repair text,
    source          text NOT NULL,
    CONSTRAINT admin_unit_code_format CHECK (
        (level = 'province' AND code ~ '^[0-9]{2}$') OR (level = 'commune' AND code ~ '^[0-9]{5}$')),
    CONSTRAINT admin_unit_validity CHECK (valid_to IS NULL OR valid_to > valid_from),
    CONSTRAINT admin_unit_commune_has_parent CHECK (level = 'province' OR parent_id IS NOT NULL),
    CONSTRAINT admin_unit_code_unique_in_time EXCLUDE USING gist (
        level WITH =, code WITH =, daterange(valid_from, valid_to) WITH &&)
);

CREATE UNIQUE INDEX admin_unit_current_code ON admin_unit (level, code) WHERE valid_to IS NULL;
CREATE INDEX admin_unit_parent ON admin_unit (parent_id);
CREATE INDEX admin_unit_boundary_gix ON admin_unit USING gist (boundary);

-- Predecessor/successor links: a 2025 commune is the successor of the wards and communes merged into it.
CREATE TABLE admin_unit_succession (
    predecessor_id bigint NOT NULL REFERENCES admin_unit (id),
    successor_id   bigint NOT NULL REFERENCES admin_unit (id),
    effective_date date NOT NULL,
    kind           text NOT NULL CHECK (kind IN ('merged_into', 'split_into', 'renamed', 'part_moved_to')),
    legal_basis    text,
    PRIMARY KEY (predecessor_id, successor_id),
    CHECK (predecessor_id <> successor_id)
);

CREATE INDEX admin_unit_succession_successor ON admin_unit_succession (successor_id);

-- The TM-3 zone new surveys of a province use: the zone of the pre-2025 province that gave the
-- merged province its seat (Circular 973/2001/TT-TCDC). Sheets surveyed earlier keep their own zone.
CREATE TABLE province_tm3_zone (
    province_code varchar(2) PRIMARY KEY CHECK (province_code ~ '^[0-9]{2}$'),
    srid          integer NOT NULL REFERENCES tm3_zone (srid)
);

INSERT INTO province_tm3_zone (province_code, srid) VALUES
  ('01', 5897), ('04', 9210), ('08', 9211), ('11', 9205), ('12', 9205), ('14', 9206), ('15', 9208),
  ('19', 9213), ('20', 9215), ('22', 5899), ('24', 9209), ('25', 9208), ('31', 9210), ('33', 9209),
  ('37', 5897), ('38', 5897), ('40', 9208), ('42', 9209), ('44', 9212), ('46', 9214), ('48', 5899),
  ('51', 5898), ('52', 9218), ('56', 9217), ('66', 9218), ('68', 5899), ('75', 5899), ('79', 9210),
  ('80', 9209), ('82', 5897), ('86', 9209), ('91', 9208), ('92', 5897), ('96', 9207);

-- What was loaded into this database, when and how: admin units, demo data, imports. Loads are idempotent by name.
CREATE TABLE dataset_load (
    name       text PRIMARY KEY,
    loaded_at  timestamptz NOT NULL DEFAULT now(),
    parameters jsonb NOT NULL DEFAULT '{}',
    report     jsonb NOT NULL DEFAULT '{}'
);
