-- The lineage graph of one parcel across splits and merges: its ancestors (the parcels it was made from,
-- and theirs) and its descendants, each at most `depth` generations away, as one JSON object (text, one
-- row; no row for an unknown parcel). Named parameters: id bigint, depth integer, cap integer.
--
-- Bounded twice: by the number of generations and by `cap` rows per direction, so a pathological history
-- cannot make one request walk the whole register; "truncated" says when either bound cut the graph.
-- UNION (not UNION ALL) keeps one row per (parcel, generation), so diamonds (a split whose children
-- are merged again) do not multiply paths.
WITH RECURSIVE up(parcel_id, depth) AS (
    SELECT CAST(:id AS bigint), 0
    UNION
    SELECT l.parent_parcel_id, up.depth + 1
    FROM up JOIN parcel_lineage l ON l.child_parcel_id = up.parcel_id
    WHERE up.depth < :depth
), down(parcel_id, depth) AS (
    SELECT CAST(:id AS bigint), 0
    UNION
    SELECT l.child_parcel_id, down.depth + 1
    FROM down JOIN parcel_lineage l ON l.parent_parcel_id = down.parcel_id
    WHERE down.depth < :depth
), up_rows AS (
    SELECT * FROM up LIMIT :cap + 1
), down_rows AS (
    SELECT * FROM down LIMIT :cap + 1
), ancestors AS (
    SELECT parcel_id, min(depth) AS depth FROM (SELECT * FROM up_rows LIMIT :cap) x GROUP BY parcel_id
), descendants AS (
    SELECT parcel_id, min(depth) AS depth FROM (SELECT * FROM down_rows LIMIT :cap) x GROUP BY parcel_id
), nodes AS (
    -- generation: 0 the parcel itself, -n its ancestors n generations up, +n its descendants.
    SELECT DISTINCT ON (parcel_id) parcel_id, generation
    FROM (SELECT parcel_id, -depth AS generation FROM ancestors
          UNION ALL SELECT parcel_id, depth FROM descendants) g
    ORDER BY parcel_id, abs(generation)
), edges AS (
    SELECT l.parent_parcel_id, l.child_parcel_id, l.kind, l.transaction_id
    FROM parcel_lineage l
    JOIN ancestors c ON c.parcel_id = l.child_parcel_id
    JOIN ancestors p ON p.parcel_id = l.parent_parcel_id
    UNION
    SELECT l.parent_parcel_id, l.child_parcel_id, l.kind, l.transaction_id
    FROM parcel_lineage l
    JOIN descendants p ON p.parcel_id = l.parent_parcel_id
    JOIN descendants c ON c.parcel_id = l.child_parcel_id
), cut AS (
    SELECT (SELECT count(*) FROM up_rows) > :cap
        OR (SELECT count(*) FROM down_rows) > :cap
        OR EXISTS (SELECT 1 FROM ancestors a JOIN parcel_lineage l ON l.child_parcel_id = a.parcel_id WHERE a.depth = :depth)
        OR EXISTS (SELECT 1 FROM descendants d JOIN parcel_lineage l ON l.parent_parcel_id = d.parcel_id WHERE d.depth = :depth)
        AS truncated
)
SELECT json_build_object(
           'parcelId', root.id,
           'nationalId', root.national_id,
           'depth', :depth,
           'truncated', cut.truncated,
           'nodes', (SELECT json_agg(json_build_object(
                                'id', p.id,
                                'nationalId', p.national_id,
                                'status', CASE WHEN p.end_lifespan IS NULL THEN 'current' ELSE 'retired' END,
                                'validFrom', p.begin_lifespan,
                                'validTo', p.end_lifespan,
                                'relation', CASE WHEN n.generation < 0 THEN 'ancestor' WHEN n.generation > 0 THEN 'descendant' ELSE 'self' END,
                                'generation', n.generation,
                                -- the legal address of its current version, or of its last one when retired
                                'communeCode', lv.commune_code,
                                'sheetNumber', lv.sheet_number,
                                'parcelNumber', lv.parcel_number)
                            ORDER BY n.generation, p.id)
                     FROM nodes n
                     JOIN parcel p ON p.id = n.parcel_id
                     LEFT JOIN LATERAL (
                         SELECT c.code AS commune_code, ms.sheet_number, v.parcel_number
                         FROM parcel_version v
                         JOIN admin_unit c ON c.id = v.commune_id
                         JOIN map_sheet ms ON ms.id = v.map_sheet_id
                         WHERE v.parcel_id = p.id ORDER BY v.version DESC LIMIT 1) lv ON true),
           'edges', (SELECT coalesce(json_agg(json_build_object(
                                'parent', e.parent_parcel_id,
                                'child', e.child_parcel_id,
                                'kind', e.kind,
                                'transactionId', e.transaction_id,
                                'at', t.committed_at)
                            ORDER BY t.committed_at, e.parent_parcel_id, e.child_parcel_id), '[]'::json)
                     FROM edges e JOIN cadastral_transaction t ON t.id = e.transaction_id)
       )::text
FROM parcel root, cut
WHERE root.id = :id
