-- The register's history as features (issue 17, docs/decisions/0171-features-sql-compiler-history-and-paging.md):
-- WFS 2.0 ResourceId version actions and OGC API datetime read every parcel version, current and past, from
-- publish.parcel_history, with the same columns as publish.parcels plus the end of the version's lifespan
-- (valid_to, NULL while current) and the version row's own id. publish.parcels gains valid_to too (always NULL),
-- so one feature type describes both views. CREATE OR REPLACE VIEW may only append columns: valid_to goes last.

CREATE OR REPLACE VIEW publish.parcels AS
SELECT pv.parcel_id                               AS id,
       p.national_id,
       c.code                                     AS commune_code,
       c.full_name_vi                             AS commune_name,
       su.code                                    AS survey_unit_code,
       su.full_name_vi                            AS survey_unit_name,
       ms.sheet_number,
       pv.parcel_number,
       lu.main_purpose,
       lu.purposes,
       pv.legal_area,
       pv.computed_area,
       pv.address,
       pv.version,
       pv.begin_lifespan                          AS valid_from,
       EXISTS (SELECT 1 FROM restriction r
               WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL
                 AND r.kind IN ('mortgage', 'seizure', 'dispute')) AS restricted,
       pv.geom,
       pv.geom_3857,
       NULL::timestamptz                          AS valid_to
FROM parcel_version pv
JOIN parcel p       ON p.id = pv.parcel_id
JOIN admin_unit c   ON c.id = pv.commune_id
JOIN map_sheet ms   ON ms.id = pv.map_sheet_id
JOIN admin_unit su  ON su.id = ms.survey_unit_id
LEFT JOIN LATERAL (
    SELECT (array_agg(u.purpose_code ORDER BY u.area DESC, u.purpose_code))[1] AS main_purpose,
           string_agg(u.purpose_code, '+' ORDER BY u.area DESC, u.purpose_code)  AS purposes
    FROM parcel_land_use u WHERE u.parcel_version_id = pv.id
) lu ON true
WHERE pv.end_lifespan IS NULL;

-- Every version. restricted says whether a mortgage, seizure or dispute was registered on the parcel when the
-- version ended (for the current version: now), which is what a reader of that version would have been told.
-- Names of communes and survey units are today's: they are references, not part of the parcel's record.
CREATE VIEW publish.parcel_history AS
SELECT pv.parcel_id                               AS id,
       p.national_id,
       c.code                                     AS commune_code,
       c.full_name_vi                             AS commune_name,
       su.code                                    AS survey_unit_code,
       su.full_name_vi                            AS survey_unit_name,
       ms.sheet_number,
       pv.parcel_number,
       lu.main_purpose,
       lu.purposes,
       pv.legal_area,
       pv.computed_area,
       pv.address,
       pv.version,
       pv.begin_lifespan                          AS valid_from,
       EXISTS (SELECT 1 FROM restriction r
               WHERE r.parcel_id = pv.parcel_id
                 AND r.kind IN ('mortgage', 'seizure', 'dispute')
                 AND CASE WHEN pv.end_lifespan IS NULL THEN r.end_lifespan IS NULL
                          ELSE r.begin_lifespan < pv.end_lifespan AND (r.end_lifespan IS NULL OR r.end_lifespan >= pv.end_lifespan)
                     END) AS restricted,
       pv.geom,
       pv.geom_3857,
       pv.end_lifespan                            AS valid_to,
       pv.id                                      AS version_id
FROM parcel_version pv
JOIN parcel p       ON p.id = pv.parcel_id
JOIN admin_unit c   ON c.id = pv.commune_id
JOIN map_sheet ms   ON ms.id = pv.map_sheet_id
JOIN admin_unit su  ON su.id = ms.survey_unit_id
LEFT JOIN LATERAL (
    SELECT (array_agg(u.purpose_code ORDER BY u.area DESC, u.purpose_code))[1] AS main_purpose,
           string_agg(u.purpose_code, '+' ORDER BY u.area DESC, u.purpose_code)  AS purposes
    FROM parcel_land_use u WHERE u.parcel_version_id = pv.id
) lu ON true;
