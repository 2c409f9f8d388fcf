-- Officers' map of encumbered parcels: which current parcels carry a registered mortgage, seizure or
-- dispute, and since when. One parcel's "restricted" flag is public (a buyer must know it), but a map of
-- all of them profiles owners, so this view feeds an officer-only layer (DESIGN §0): map-server defines
-- the layer for the OFFICER audience and the public services never offer it. Who the mortgagee is and
-- any amount stay out of it even for that layer: a map is not the register.
CREATE VIEW publish.restricted_parcels AS
SELECT pv.parcel_id AS id,
       pv.parcel_number,
       r.kinds,
       r.since,
       pv.geom,
       pv.geom_3857
FROM parcel_version pv
JOIN LATERAL (
    SELECT string_agg(DISTINCT x.kind, ',' ORDER BY x.kind) AS kinds, min(x.begin_lifespan) AS since
    FROM restriction x
    WHERE x.parcel_id = pv.parcel_id AND x.end_lifespan IS NULL AND x.kind IN ('mortgage', 'seizure', 'dispute')
) r ON r.kinds IS NOT NULL
WHERE pv.end_lifespan IS NULL;

COMMENT ON VIEW publish.restricted_parcels IS 'Officer audience only (map-server layer "restrictions"): never served anonymously.';
