-- The main land-use purpose (largest area, then code) kept on the parcel version itself. Every map request
-- (WMS GetMap, vector tiles, and MapServer reading the same view) fills each parcel by it; computing it
-- per row through parcel_land_use cost about 8 µs a parcel, a third of a dense vector tile's database time.
-- Statement-level triggers keep it true whoever writes the land uses (the transaction pipeline, bulk
-- loads, history): they recompute it for exactly the versions a statement touched and write only when it
-- differs, so a writer that already sets it pays one lookup per version and no second row version.
ALTER TABLE parcel_version ADD COLUMN main_purpose varchar(3) REFERENCES land_use_code (code);

UPDATE parcel_version pv SET main_purpose = (SELECT u.purpose_code FROM parcel_land_use u WHERE u.parcel_version_id = pv.id
                                             ORDER BY u.area DESC, u.purpose_code LIMIT 1);

CREATE FUNCTION refresh_main_purpose() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE parcel_version pv SET main_purpose = m.purpose_code
    FROM (SELECT v.id, (SELECT u.purpose_code FROM parcel_land_use u WHERE u.parcel_version_id = v.id
                        ORDER BY u.area DESC, u.purpose_code LIMIT 1) AS purpose_code
          FROM (SELECT DISTINCT parcel_version_id AS id FROM changed_land_use) v) m
    WHERE pv.id = m.id AND pv.main_purpose IS DISTINCT FROM m.purpose_code;
    RETURN NULL;
END $$;

-- PostgreSQL allows a transition table only on a single-event trigger: one trigger per event.
CREATE TRIGGER parcel_land_use_inserted AFTER INSERT ON parcel_land_use
    REFERENCING NEW TABLE AS changed_land_use FOR EACH STATEMENT EXECUTE FUNCTION refresh_main_purpose();
CREATE TRIGGER parcel_land_use_updated AFTER UPDATE ON parcel_land_use
    REFERENCING NEW TABLE AS changed_land_use FOR EACH STATEMENT EXECUTE FUNCTION refresh_main_purpose();
CREATE TRIGGER parcel_land_use_deleted AFTER DELETE ON parcel_land_use
    REFERENCING OLD TABLE AS changed_land_use FOR EACH STATEMENT EXECUTE FUNCTION refresh_main_purpose();

CREATE OR REPLACE VIEW publish.parcel_shapes AS
SELECT pv.parcel_id AS id,
       pv.parcel_number,
       pv.legal_area,
       pv.main_purpose,
       pv.geom,
       pv.geom_3857
FROM parcel_version pv
WHERE pv.end_lifespan IS NULL;
