-- Current parcels at a legal address (commune code, map sheet number, parcel number), as one GeoJSON
-- FeatureCollection (json text, one row, beside the number of parcels it holds). Since the 2025 mergers one commune may hold several sheets
-- with the same number, one per survey unit, so this returns every match (numberMatched may be > 1),
-- ordered by survey unit code.
--
-- Named parameters (colon-prefixed below): commune text (5 digits), sheet integer, number integer.
-- ./landinfo bench lookup runs this very text through pgbench (-M prepared, so they are bound like
-- JDBC binds them; keep colon-prefixed names out of these comments, pgbench would bind those too);
-- the REST API runs it through JDBC.
-- The "feature" CTE is the public view of one parcel version; FindingParcels reuses it (between the
-- markers) for every other parcel read, so every endpoint shows a parcel the same way.
WITH hit AS (
    SELECT pv.id AS version_id, now() AS at
    FROM admin_unit c
    JOIN map_sheet ms      ON ms.commune_id = c.id AND ms.sheet_number = :sheet
    JOIN parcel_version pv ON pv.map_sheet_id = ms.id AND pv.parcel_number = :number AND pv.end_lifespan IS NULL
    WHERE c.level = 'commune' AND c.code = :commune AND c.valid_to IS NULL
),
-- feature begins
feature AS (
    SELECT pv.parcel_id, pv.version, su.code AS survey_unit_code,
           json_build_object(
               'type', 'Feature',
               'id', pv.parcel_id,
               -- RFC 7946: exterior rings counter-clockwise, holes clockwise (docs/decisions/0062-geojson-right-hand-rule.md).
               'geometry', ST_AsGeoJSON(ST_ForcePolygonCCW(pv.geom), 9)::json,
               'properties', json_build_object(
                   'id', pv.parcel_id,
                   'nationalId', p.national_id,
                   'communeCode', c.code,
                   'communeName', c.full_name_vi,
                   'surveyUnitCode', su.code,
                   'surveyUnitName', su.full_name_vi,
                   'sheetNumber', ms.sheet_number,
                   'parcelNumber', pv.parcel_number,
                   'legalArea', pv.legal_area,
                   'computedArea', pv.computed_area,
                   'purposes', (
                       SELECT coalesce(json_agg(json_build_object(
                                  'code', u.purpose_code,
                                  'name', lc.name_vi,
                                  'nameEn', lc.name_en,
                                  'area', u.area,
                                  'term', CASE WHEN u.term_type = 'long_term' THEN 'long_term' ELSE to_char(u.term_end, 'YYYY-MM-DD') END,
                                  'origin', u.origin_code)
                              ORDER BY u.area DESC, u.purpose_code), '[]'::json)
                       FROM parcel_land_use u
                       JOIN land_use_code lc ON lc.code = u.purpose_code
                       WHERE u.parcel_version_id = pv.id),
                   'address', pv.address,
                   'version', pv.version,
                   'validFrom', pv.begin_lifespan,
                   'validTo', pv.end_lifespan,
                   -- Public view (docs/decisions/0009-public-view-and-restrictions.md): THAT a restriction exists at the
                   -- instant, never who or how much.
                   'restricted', EXISTS (
                       SELECT 1 FROM restriction r
                       WHERE r.parcel_id = pv.parcel_id
                         AND r.kind IN ('mortgage', 'seizure', 'dispute')
                         AND r.begin_lifespan <= hit.at
                         AND (r.end_lifespan IS NULL OR r.end_lifespan > hit.at))
               )
           ) AS feature
    FROM hit
    JOIN parcel_version pv ON pv.id = hit.version_id
    JOIN parcel p          ON p.id = pv.parcel_id
    JOIN admin_unit c      ON c.id = pv.commune_id
    JOIN map_sheet ms      ON ms.id = pv.map_sheet_id
    JOIN admin_unit su     ON su.id = ms.survey_unit_id
)
-- feature ends
SELECT count(*) AS number_matched,
       json_build_object(
           'type', 'FeatureCollection',
           'numberMatched', count(*),
           'numberReturned', count(*),
           'features', coalesce(json_agg(f.feature ORDER BY f.survey_unit_code, f.parcel_id), '[]'::json)
       )::text AS collection
FROM feature f
