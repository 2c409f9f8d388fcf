-- The publish schema holds exactly what map-server may serve to anyone: current parcels, communes,
-- provinces and map sheets, with no party data. Restricted parcels are only flagged (DESIGN section 0);
-- layers that profile owners (mortgaged parcels) belong to an officers-only schema, not here.
CREATE SCHEMA publish;

CREATE VIEW publish.parcels AS
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
       EXISTS (SELECT 1 FROM restriction r WHERE r.parcel_id = pv.parcel_id AND r.end_lifespan IS NULL) AS restricted,
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

CREATE VIEW publish.communes AS
SELECT c.code, c.name_vi, c.name_en, c.full_name_vi, c.full_name_en, c.unit_type,
       c.province_code, c.boundary AS geom, ST_Transform(c.boundary, 3857) AS geom_3857
FROM admin_unit c
WHERE c.level = 'commune' AND c.valid_to IS NULL;

CREATE VIEW publish.provinces AS
SELECT p.code, p.name_vi, p.name_en, p.full_name_vi, p.full_name_en, p.unit_type,
       p.boundary AS geom, ST_Transform(p.boundary, 3857) AS geom_3857
FROM admin_unit p
WHERE p.level = 'province' AND p.valid_to IS NULL;

CREATE VIEW publish.map_sheets AS
SELECT ms.id, c.code AS commune_code, su.code AS survey_unit_code, su.full_name_vi AS survey_unit_name,
       ms.sheet_number, ms.scale, ms.srid, ms.survey_year,
       ms.extent AS geom, ST_Transform(ms.extent, 3857) AS geom_3857
FROM map_sheet ms
JOIN admin_unit c  ON c.id = ms.commune_id
JOIN admin_unit su ON su.id = ms.survey_unit_id
WHERE ms.valid_to IS NULL;

-- The palette the WMS fills parcels with.
CREATE VIEW publish.land_use_palette AS
SELECT code, category, name_vi, name_en, fill_color FROM land_use_code;
