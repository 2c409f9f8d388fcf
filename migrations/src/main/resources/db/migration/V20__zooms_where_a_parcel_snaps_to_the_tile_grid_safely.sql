-- The zooms at which a parcel can go into a vector tile the cheap way, kept on the parcel version.
--
-- A tile carries integer coordinates on a grid of 4096 units a side. ST_AsMVTGeom snaps to that grid and
-- then repairs whatever the snapping broke with wagyu, for every polygon: on a dense zoom-14 tile (40,000
-- parcels) that repair is two thirds of the geometry work and half the tile's database time. Most parcels
-- come through snapping valid, but not all: about 3 % of the demo parcels get a self-touching ring at
-- z14 (thin slivers and needle-thin corners the splits left), and it is no cheaper to test a snapped
-- polygon than to repair it.
--
-- The grid is the same for every tile of one zoom: tile coordinates are the zoom's world pixel grid
-- (4096 · 2^z units round the world) less the tile's corner, a whole number of units. So whether snapping
-- keeps a parcel valid is a property of the parcel and the zoom, known when the geometry is written.
-- Bit z of tile_snap_safe_zooms is set when the parcel, snapped to zoom z's grid, is still valid; the
-- tile SQL snaps those directly and sends the others, and any parcel the tile's edge cuts, through
-- ST_AsMVTGeom. The result: the same valid polygons in every tile, at a third of the cost.
-- Computed for the zooms parcel tiles are served at (14–20); other bits stay clear.
CREATE FUNCTION tile_snap_safe_zooms(g3857 geometry) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(sum(1 << z), 0)::integer
    FROM generate_series(14, 20) AS z,
         LATERAL (SELECT 4096 * 2 ^ z / 40075016.685578488 AS f) s
    WHERE (ST_IsValidDetail(ST_SnapToGrid(ST_Affine(g3857, s.f, 0, 0, -s.f, 20037508.342789244 * s.f, 20037508.342789244 * s.f), 1))).valid
$$;

ALTER TABLE parcel_version ADD COLUMN tile_snap_safe_zooms integer
    GENERATED ALWAYS AS (tile_snap_safe_zooms(ST_Transform(geom, 3857))) STORED;

CREATE OR REPLACE VIEW publish.parcel_shapes AS
SELECT pv.parcel_id AS id,
       pv.parcel_number,
       pv.legal_area,
       pv.main_purpose,
       pv.geom,
       pv.geom_3857,
       pv.tile_snap_safe_zooms
FROM parcel_version pv
WHERE pv.end_lifespan IS NULL;
