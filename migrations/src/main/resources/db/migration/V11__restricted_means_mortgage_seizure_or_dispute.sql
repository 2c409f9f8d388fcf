-- The public "restricted" flag means what a buyer must know before a transaction: a registered
-- mortgage, seizure or dispute (DESIGN section 0). Planning restrictions are public information of
-- another kind and do not set it. The REST API already reads it this way; the published view now agrees.
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
       pv.geom_3857
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
