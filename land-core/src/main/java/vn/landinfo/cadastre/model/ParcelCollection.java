package vn.landinfo.cadastre.model;

/**
 * A GeoJSON FeatureCollection of parcels as PostGIS wrote it, opaque, and how many parcels it holds, so a
 * caller can tell "none" without reading the JSON.
 */
public record ParcelCollection(long numberMatched, String geoJson) {

    public boolean isEmpty() {
        return numberMatched == 0;
    }
}
