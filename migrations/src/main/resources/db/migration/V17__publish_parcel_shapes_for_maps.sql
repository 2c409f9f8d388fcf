-- What a map draws of a current parcel: shape, number, main purpose and legal area. publish.parcels
-- joins communes, sheets and survey units for lookups; WMS GetMap and vector tiles read every parcel
-- in view on every request and need none of that, so they read this lean view instead. main_purpose
-- is chosen exactly as publish.parcels chooses it (largest area, then code), so a map and a lookup
-- never disagree. Only current versions: the partial GiST indexes on geom / geom_3857 apply.
CREATE VIEW publish.parcel_shapes AS
SELECT pv.parcel_id     AS id,
       pv.parcel_number,
       pv.legal_area,
       (SELECT u.purpose_code FROM parcel_land_use u
        WHERE u.parcel_version_id = pv.id
        ORDER BY u.area DESC, u.purpose_code LIMIT 1) AS main_purpose,
       pv.geom,
       pv.geom_3857
FROM parcel_version pv
WHERE pv.end_lifespan IS NULL;
