package vn.landinfo.cadastre.model;

import java.util.Optional;

/**
 * One page of parcels: the GeoJSON features as a JSON array text (PostGIS wrote it), how many there are,
 * and the last parcel id when another page follows.
 */
public record ParcelPage(String featuresJson, int numberReturned, long numberMatched, Optional<Long> nextAfterParcelId) {
}
