-- What changed between two versions of one parcel, as one JSON object (text, one row; no row when the
-- parcel has neither version). Named parameters: id bigint, from and to integer (version numbers).
--
-- A version's geometry, areas, purposes and addresses are its own. Holders and restrictions are not
-- versioned with the parcel (a transfer or a mortgage leaves the parcel's version alone), so for each
-- version they are read at the last instant it was valid (its end minus 1 µs, or now for the current
-- one) — the instant the history's "restricted" flag uses too; both instants are in the result (readAt).
-- The public view: holders by party id and kind only, restrictions by id and kind only, never a name,
-- a mortgagee or an amount (docs/decisions/0009-public-view-and-restrictions.md).
WITH a AS (
    SELECT pv.*, coalesce(pv.end_lifespan - interval '1 microsecond', now()) AS at
    FROM parcel_version pv WHERE pv.parcel_id = :id AND pv.version = :from
), b AS (
    SELECT pv.*, coalesce(pv.end_lifespan - interval '1 microsecond', now()) AS at
    FROM parcel_version pv WHERE pv.parcel_id = :id AND pv.version = :to
),
-- Geometry compared in the TM-3 zone of the older version, where areas are true areas.
geo AS (
    SELECT a.geom_tm3 AS ga,
           CASE WHEN ST_SRID(b.geom_tm3) = ST_SRID(a.geom_tm3) THEN b.geom_tm3 ELSE ST_Transform(b.geom_tm3, ST_SRID(a.geom_tm3)) END AS gb
    FROM a, b
), shape AS (
    SELECT NOT ST_Equals(ga, gb) AS changed, ga, gb FROM geo
), parts AS (
    SELECT s.changed,
           CASE WHEN s.changed THEN ST_CollectionExtract(ST_Difference(s.gb, s.ga), 3) END AS added,
           CASE WHEN s.changed THEN ST_CollectionExtract(ST_Difference(s.ga, s.gb), 3) END AS removed
    FROM shape s
), part_json AS (
    SELECT p.changed,
           CASE WHEN p.added IS NULL OR ST_IsEmpty(p.added) THEN NULL ELSE ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Transform(ST_Multi(p.added), 4326)), 9)::json END AS added,
           CASE WHEN p.added IS NULL OR ST_IsEmpty(p.added) THEN 0 ELSE round(ST_Area(p.added)::numeric, 2) END AS added_area,
           CASE WHEN p.removed IS NULL OR ST_IsEmpty(p.removed) THEN NULL ELSE ST_AsGeoJSON(ST_ForcePolygonCCW(ST_Transform(ST_Multi(p.removed), 4326)), 9)::json END AS removed,
           CASE WHEN p.removed IS NULL OR ST_IsEmpty(p.removed) THEN 0 ELSE round(ST_Area(p.removed)::numeric, 2) END AS removed_area
    FROM parts p
),
use_a AS (
    SELECT u.purpose_code, u.area, u.origin_code,
           CASE WHEN u.term_type = 'long_term' THEN 'long_term' ELSE to_char(u.term_end, 'YYYY-MM-DD') END AS term
    FROM a JOIN parcel_land_use u ON u.parcel_version_id = a.id
), use_b AS (
    SELECT u.purpose_code, u.area, u.origin_code,
           CASE WHEN u.term_type = 'long_term' THEN 'long_term' ELSE to_char(u.term_end, 'YYYY-MM-DD') END AS term
    FROM b JOIN parcel_land_use u ON u.parcel_version_id = b.id
),
holders_a AS (
    SELECT DISTINCT h.party_id, py.kind
    FROM a JOIN land_right r ON r.parcel_id = a.parcel_id AND r.begin_lifespan <= a.at AND (r.end_lifespan IS NULL OR r.end_lifespan > a.at)
    JOIN right_holder h ON h.right_id = r.id JOIN party py ON py.id = h.party_id
), holders_b AS (
    SELECT DISTINCT h.party_id, py.kind
    FROM b JOIN land_right r ON r.parcel_id = b.parcel_id AND r.begin_lifespan <= b.at AND (r.end_lifespan IS NULL OR r.end_lifespan > b.at)
    JOIN right_holder h ON h.right_id = r.id JOIN party py ON py.id = h.party_id
),
restr_a AS (
    SELECT x.id, x.kind, x.registered_at
    FROM a JOIN restriction x ON x.parcel_id = a.parcel_id AND x.begin_lifespan <= a.at AND (x.end_lifespan IS NULL OR x.end_lifespan > a.at)
), restr_b AS (
    SELECT x.id, x.kind, x.registered_at
    FROM b JOIN restriction x ON x.parcel_id = b.parcel_id AND x.begin_lifespan <= b.at AND (x.end_lifespan IS NULL OR x.end_lifespan > b.at)
),
-- Every committed transaction that touched the parcel after the older version's instant up to the newer's:
-- the ones that made versions and the ones that changed its rights or restrictions in between.
touching AS (
    SELECT created_by_tx AS tx FROM parcel_version WHERE parcel_id = :id
    UNION SELECT ended_by_tx FROM parcel_version WHERE parcel_id = :id AND ended_by_tx IS NOT NULL
    UNION SELECT created_by_tx FROM land_right WHERE parcel_id = :id
    UNION SELECT ended_by_tx FROM land_right WHERE parcel_id = :id AND ended_by_tx IS NOT NULL
    UNION SELECT created_by_tx FROM restriction WHERE parcel_id = :id
    UNION SELECT ended_by_tx FROM restriction WHERE parcel_id = :id AND ended_by_tx IS NOT NULL
), tx_json AS (
    SELECT t.id, t.committed_at,
           json_build_object('id', t.id, 'kind', t.kind, 'name', k.name_vi, 'nameEn', k.name_en, 'committedAt', t.committed_at,
                             'legalBasis', t.legal_basis, 'dossierCode', ap.dossier_code) AS j
    FROM cadastral_transaction t
    JOIN transaction_kind k ON k.code = t.kind
    LEFT JOIN application ap ON ap.id = t.application_id
    WHERE t.id IN (SELECT tx FROM touching) AND t.status = 'committed'
), summary AS (
    SELECT v.version, json_build_object(
               'version', v.version,
               'validFrom', v.begin_lifespan,
               'validTo', v.end_lifespan,
               'readAt', v.at,
               'legalArea', v.legal_area,
               'computedArea', v.computed_area,
               'legalAddress', json_build_object('communeCode', c.code, 'surveyUnitCode', su.code, 'sheetNumber', ms.sheet_number,
                                                 'parcelNumber', v.parcel_number),
               'address', v.address,
               'transaction', (SELECT j FROM tx_json WHERE tx_json.id = v.created_by_tx)) AS j,
           c.code AS commune_code, su.code AS survey_unit_code, ms.sheet_number, v.parcel_number
    FROM (SELECT * FROM a UNION ALL SELECT * FROM b WHERE :from <> :to) v
    JOIN admin_unit c ON c.id = v.commune_id
    JOIN map_sheet ms ON ms.id = v.map_sheet_id
    JOIN admin_unit su ON su.id = ms.survey_unit_id
), facts AS (
    SELECT pj.changed AS geometry_changed,
           a.legal_area <> b.legal_area AS legal_area_changed,
           a.computed_area <> b.computed_area AS computed_area_changed,
           a.address IS DISTINCT FROM b.address AS address_changed,
           (a.map_sheet_id, a.parcel_number) <> (b.map_sheet_id, b.parcel_number) AS legal_address_changed,
           EXISTS (SELECT purpose_code, area, origin_code, term FROM use_a EXCEPT SELECT purpose_code, area, origin_code, term FROM use_b)
               OR EXISTS (SELECT purpose_code, area, origin_code, term FROM use_b EXCEPT SELECT purpose_code, area, origin_code, term FROM use_a)
               AS purposes_changed,
           EXISTS (SELECT party_id FROM holders_a EXCEPT SELECT party_id FROM holders_b)
               OR EXISTS (SELECT party_id FROM holders_b EXCEPT SELECT party_id FROM holders_a) AS holders_changed,
           EXISTS (SELECT id FROM restr_a EXCEPT SELECT id FROM restr_b)
               OR EXISTS (SELECT id FROM restr_b EXCEPT SELECT id FROM restr_a) AS restrictions_changed
    FROM a, b, part_json pj
)
SELECT json_build_object(
           'parcelId', p.id,
           'nationalId', p.national_id,
           'from', (SELECT j FROM summary WHERE version = a.version),
           'to', (SELECT j FROM summary WHERE version = b.version),
           'changes', to_json(array_remove(ARRAY[
                   CASE WHEN f.geometry_changed THEN 'geometry' END,
                   CASE WHEN f.legal_area_changed THEN 'legalArea' END,
                   CASE WHEN f.computed_area_changed THEN 'computedArea' END,
                   CASE WHEN f.purposes_changed THEN 'purposes' END,
                   CASE WHEN f.legal_address_changed THEN 'legalAddress' END,
                   CASE WHEN f.address_changed THEN 'address' END,
                   CASE WHEN f.holders_changed THEN 'holders' END,
                   CASE WHEN f.restrictions_changed THEN 'restrictions' END], NULL)),
           'geometry', json_build_object(
               'changed', f.geometry_changed,
               'areaBefore', a.computed_area,
               'areaAfter', b.computed_area,
               'added', pj.added,
               'addedArea', pj.added_area,
               'removed', pj.removed,
               'removedArea', pj.removed_area),
           'legalArea', json_build_object('changed', f.legal_area_changed, 'before', a.legal_area, 'after', b.legal_area),
           'computedArea', json_build_object('changed', f.computed_area_changed, 'before', a.computed_area, 'after', b.computed_area),
           'purposes', json_build_object(
               'changed', f.purposes_changed,
               'added', (SELECT coalesce(json_agg(json_build_object('code', ub.purpose_code, 'area', ub.area, 'term', ub.term, 'origin', ub.origin_code)
                                                  ORDER BY ub.purpose_code), '[]'::json)
                         FROM use_b ub WHERE NOT EXISTS (SELECT 1 FROM use_a ua WHERE ua.purpose_code = ub.purpose_code)),
               'removed', (SELECT coalesce(json_agg(json_build_object('code', ua.purpose_code, 'area', ua.area, 'term', ua.term, 'origin', ua.origin_code)
                                                    ORDER BY ua.purpose_code), '[]'::json)
                           FROM use_a ua WHERE NOT EXISTS (SELECT 1 FROM use_b ub WHERE ub.purpose_code = ua.purpose_code)),
               'modified', (SELECT coalesce(json_agg(json_build_object('code', ua.purpose_code,
                                                                      'areaBefore', ua.area, 'areaAfter', ub.area,
                                                                      'termBefore', ua.term, 'termAfter', ub.term,
                                                                      'originBefore', ua.origin_code, 'originAfter', ub.origin_code)
                                                    ORDER BY ua.purpose_code), '[]'::json)
                            FROM use_a ua JOIN use_b ub ON ub.purpose_code = ua.purpose_code
                            WHERE (ua.area, ua.term, ua.origin_code) IS DISTINCT FROM (ub.area, ub.term, ub.origin_code)),
               'unchanged', (SELECT coalesce(json_agg(ua.purpose_code ORDER BY ua.purpose_code), '[]'::json)
                             FROM use_a ua JOIN use_b ub ON ub.purpose_code = ua.purpose_code
                             WHERE (ua.area, ua.term, ua.origin_code) IS NOT DISTINCT FROM (ub.area, ub.term, ub.origin_code))),
           'legalAddress', json_build_object(
               'changed', f.legal_address_changed,
               'before', (SELECT j -> 'legalAddress' FROM summary WHERE version = a.version),
               'after', (SELECT j -> 'legalAddress' FROM summary WHERE version = b.version)),
           'address', json_build_object('changed', f.address_changed, 'before', a.address, 'after', b.address),
           'holders', json_build_object(
               'changed', f.holders_changed,
               'before', (SELECT count(*) FROM holders_a),
               'after', (SELECT count(*) FROM holders_b),
               'added', (SELECT coalesce(json_agg(json_build_object('partyId', hb.party_id, 'kind', hb.kind) ORDER BY hb.party_id), '[]'::json)
                         FROM holders_b hb WHERE NOT EXISTS (SELECT 1 FROM holders_a ha WHERE ha.party_id = hb.party_id)),
               'removed', (SELECT coalesce(json_agg(json_build_object('partyId', ha.party_id, 'kind', ha.kind) ORDER BY ha.party_id), '[]'::json)
                           FROM holders_a ha WHERE NOT EXISTS (SELECT 1 FROM holders_b hb WHERE hb.party_id = ha.party_id))),
           'restrictions', json_build_object(
               'changed', f.restrictions_changed,
               'before', (SELECT count(*) FROM restr_a),
               'after', (SELECT count(*) FROM restr_b),
               'added', (SELECT coalesce(json_agg(json_build_object('id', rb.id, 'kind', rb.kind, 'registeredAt', rb.registered_at) ORDER BY rb.id), '[]'::json)
                         FROM restr_b rb WHERE NOT EXISTS (SELECT 1 FROM restr_a ra WHERE ra.id = rb.id)),
               'removed', (SELECT coalesce(json_agg(json_build_object('id', ra.id, 'kind', ra.kind, 'registeredAt', ra.registered_at) ORDER BY ra.id), '[]'::json)
                           FROM restr_a ra WHERE NOT EXISTS (SELECT 1 FROM restr_b rb WHERE rb.id = ra.id))),
           'transactions', (SELECT coalesce(json_agg(tj.j ORDER BY tj.committed_at, tj.id), '[]'::json)
                            FROM tx_json tj WHERE tj.committed_at > a.at AND tj.committed_at <= b.at)
       )::text
FROM a, b, facts f, part_json pj, parcel p
WHERE p.id = a.parcel_id
