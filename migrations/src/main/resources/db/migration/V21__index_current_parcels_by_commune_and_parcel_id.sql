-- Listing a commune's parcels (GET /api/v1/parcels?commune=…) pages by keyset on the parcel id, the key that
-- stays the same when a parcel gets a new version (docs/decisions/0060-listing-a-communes-parcels.md). The
-- index on (commune_id, id) orders by version id, so a page of a large commune would sort every current
-- parcel of it; this one gives each page as an index range scan and numberMatched as an index-only count.
CREATE INDEX parcel_version_commune_current_parcel ON parcel_version (commune_id, parcel_id) WHERE end_lifespan IS NULL;
