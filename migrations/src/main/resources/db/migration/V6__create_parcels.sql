-- Map sheets and parcels (thửa đất, LADM SpatialUnit). Nothing is updated in place: a parcel is a
-- persistent identity (its national parcel ID) and a sequence of versions with LADM lifespans.

-- A map sheet (tờ bản đồ địa chính) is numbered within the commune it was surveyed in (the survey
-- unit, often a pre-2025 ward or commune) and belongs to a current commune. Its CRS is the TM-3 zone
-- it was surveyed in; the sheet keeps that zone after the 2025 mergers.
CREATE TABLE map_sheet (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    commune_id     bigint NOT NULL REFERENCES admin_unit (id),
    survey_unit_id bigint NOT NULL REFERENCES admin_unit (id),
    sheet_number   integer NOT NULL CHECK (sheet_number > 0),
    scale          integer NOT NULL CHECK (scale IN (200, 500, 1000, 2000, 5000, 10000)),
    srid           integer NOT NULL REFERENCES tm3_zone (srid),
    survey_year    smallint CHECK (survey_year BETWEEN 1945 AND 2100),
    extent         geometry(Polygon, 4326),
    valid_from     date NOT NULL,
    valid_to       date,
    CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE UNIQUE INDEX map_sheet_number_in_survey_unit ON map_sheet (survey_unit_id, sheet_number) WHERE valid_to IS NULL;
CREATE INDEX map_sheet_commune ON map_sheet (commune_id, sheet_number);
CREATE INDEX map_sheet_extent_gix ON map_sheet USING gist (extent);

-- The persistent parcel. Its national parcel ID (mã định danh thửa đất) is assigned once, when the
-- parcel comes into existence, and is never reused: retired parcels keep their row.
CREATE TABLE parcel (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    national_id          char(12) NOT NULL UNIQUE CHECK (national_id ~ '^[0-9b-hjkmnp-z]{12}$'),
    -- The pole of inaccessibility in the sheet's TM-3 zone that the ID was derived from.
    representative_point geometry(Point) NOT NULL CHECK (is_vn2000_tm3(ST_SRID(representative_point))),
    begin_lifespan       timestamptz NOT NULL,
    end_lifespan         timestamptz,
    created_by_tx        bigint NOT NULL REFERENCES cadastral_transaction (id),
    retired_by_tx        bigint REFERENCES cadastral_transaction (id),
    CHECK (end_lifespan IS NULL OR end_lifespan > begin_lifespan)
);

CREATE TABLE parcel_version (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parcel_id       bigint NOT NULL REFERENCES parcel (id),
    version         integer NOT NULL CHECK (version > 0),
    commune_id      bigint NOT NULL REFERENCES admin_unit (id),
    map_sheet_id    bigint NOT NULL REFERENCES map_sheet (id),
    parcel_number   integer NOT NULL CHECK (parcel_number > 0),
    -- The legal geometry as surveyed, in the sheet's TM-3 zone: coordinates round-trip exactly.
    geom_tm3        geometry(MultiPolygon) NOT NULL CHECK (is_vn2000_tm3(ST_SRID(geom_tm3)) AND ST_IsValid(geom_tm3) AND NOT ST_IsEmpty(geom_tm3)),
    -- WGS 84 for the API and spatial queries, Web Mercator for maps: derived once, never per request.
    geom            geometry(MultiPolygon, 4326) NOT NULL,
    geom_3857       geometry(MultiPolygon, 3857) GENERATED ALWAYS AS (ST_Transform(geom, 3857)) STORED,
    -- Diện tích pháp lý as written on the certificate (m², 1 decimal) and the area computed in TM-3.
    legal_area      numeric(14, 1) NOT NULL CHECK (legal_area > 0),
    computed_area   numeric(14, 2) GENERATED ALWAYS AS (round(ST_Area(geom_tm3)::numeric, 2)) STORED,
    address         text,
    begin_lifespan  timestamptz NOT NULL,
    end_lifespan    timestamptz,
    created_by_tx   bigint NOT NULL REFERENCES cadastral_transaction (id),
    ended_by_tx     bigint REFERENCES cadastral_transaction (id),
    UNIQUE (parcel_id, version),
    CHECK (end_lifespan IS NULL OR end_lifespan > begin_lifespan),
    CHECK ((end_lifespan IS NULL) = (ended_by_tx IS NULL)),
    CONSTRAINT parcel_version_lifespans_do_not_overlap EXCLUDE USING gist (
        parcel_id WITH =, tstzrange(begin_lifespan, end_lifespan) WITH &&)
);

-- The legal address of a current parcel is unique; retired numbers stay in history.
CREATE UNIQUE INDEX parcel_version_current_address ON parcel_version (map_sheet_id, parcel_number) WHERE end_lifespan IS NULL;
CREATE UNIQUE INDEX parcel_version_one_current ON parcel_version (parcel_id) WHERE end_lifespan IS NULL;
CREATE INDEX parcel_version_commune_current ON parcel_version (commune_id, id) WHERE end_lifespan IS NULL;
CREATE INDEX parcel_version_address_history ON parcel_version (map_sheet_id, parcel_number, begin_lifespan);
CREATE INDEX parcel_version_current_geom_gix ON parcel_version USING gist (geom) WHERE end_lifespan IS NULL;
CREATE INDEX parcel_version_geom_gix ON parcel_version USING gist (geom);
CREATE INDEX parcel_version_current_geom_3857_gix ON parcel_version USING gist (geom_3857) WHERE end_lifespan IS NULL;
CREATE INDEX parcel_version_created_by_tx ON parcel_version (created_by_tx);

-- Land-use purposes of a parcel version (mục đích sử dụng đất): each with its own area, term and origin.
CREATE TABLE parcel_land_use (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    parcel_version_id bigint NOT NULL REFERENCES parcel_version (id),
    purpose_code      varchar(3) NOT NULL REFERENCES land_use_code (code),
    -- The code as written in the source record, when it was a legacy code (kept for the record).
    recorded_code     varchar(4),
    area              numeric(14, 1) NOT NULL CHECK (area > 0),
    term_type         text NOT NULL CHECK (term_type IN ('long_term', 'fixed')),
    term_end          date,
    origin_code       varchar(12) REFERENCES land_use_origin (code),
    CHECK ((term_type = 'fixed') = (term_end IS NOT NULL)),
    UNIQUE (parcel_version_id, purpose_code)
);

-- Lineage: which parcels a split, merge or re-survey made from which.
CREATE TABLE parcel_lineage (
    parent_parcel_id bigint NOT NULL REFERENCES parcel (id),
    child_parcel_id  bigint NOT NULL REFERENCES parcel (id),
    transaction_id   bigint NOT NULL REFERENCES cadastral_transaction (id),
    kind             text NOT NULL CHECK (kind IN ('split', 'merge', 'resurvey')),
    PRIMARY KEY (parent_parcel_id, child_parcel_id),
    CHECK (parent_parcel_id <> child_parcel_id)
);

CREATE INDEX parcel_lineage_child ON parcel_lineage (child_parcel_id);

-- The national parcel ID: GeoHash-12 of the representative point (computed in TM-3, converted to
-- WGS 84). Candidate k = 0 is that point's own cell; when a cell is already taken (two points within
-- a few centimetres), the next candidates are the neighbouring cells in rings around it, in a fixed
-- order (north, then clockwise), so the resolution is deterministic and anyone can recompute it.
CREATE FUNCTION national_id_candidate(rep_tm3 geometry, k integer) RETURNS char(12)
    LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS
$$
DECLARE
    base    text := ST_GeoHash(ST_Transform(rep_tm3, 4326), 12);
    centre  geometry;
    -- A 12-character GeoHash is 60 bits: 30 for longitude, 30 for latitude.
    cell_w  constant double precision := 360.0 / 2 ^ 30;
    cell_h  constant double precision := 180.0 / 2 ^ 30;
    r       integer;
    p       integer;
    dx      integer;
    dy      integer;
BEGIN
    IF k < 0 THEN
        RAISE EXCEPTION 'candidate index must be >= 0, got %', k;
    ELSIF k = 0 THEN
        RETURN base;
    END IF;
    -- Ring r (8r cells) holds candidates (2r-1)^2 .. (2r+1)^2 - 1.
    r := greatest(1, ceil((sqrt(k + 1.0) - 1) / 2)::integer);
    WHILE (2 * r + 1) * (2 * r + 1) <= k LOOP r := r + 1; END LOOP;
    WHILE r > 1 AND (2 * r - 1) * (2 * r - 1) > k LOOP r := r - 1; END LOOP;
    p := k - (2 * r - 1) * (2 * r - 1);
    -- Walk the ring clockwise starting due north of the cell.
    IF p <= r THEN            dx := p;                dy := r;
    ELSIF p <= 3 * r THEN     dx := r;                dy := r - (p - r);
    ELSIF p <= 5 * r THEN     dx := r - (p - 3 * r);  dy := -r;
    ELSIF p <= 7 * r THEN     dx := -r;               dy := -r + (p - 5 * r);
    ELSE                      dx := -r + (p - 7 * r); dy := r;
    END IF;
    centre := ST_PointFromGeoHash(base);
    RETURN ST_GeoHash(ST_SetSRID(ST_MakePoint(ST_X(centre) + dx * cell_w, ST_Y(centre) + dy * cell_h), 4326), 12);
END;
$$;
