package vn.landinfo.cadastre.model;

/**
 * One parcel version's public view: the GeoJSON Feature PostGIS wrote, opaque (it goes out byte for byte,
 * never parsed again), beside the parcel id and version a caller needs without reading it (an ETag).
 */
public record ParcelFeature(long parcelId, int version, String geoJson) {
}
