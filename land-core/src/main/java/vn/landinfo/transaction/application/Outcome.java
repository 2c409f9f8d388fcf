package vn.landinfo.transaction.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.transaction.model.TransactionStatus;

/**
 * What a transaction did, or would do in a preview: the resulting parcels (a GeoJSON FeatureCollection in
 * EPSG:4326, public view), the parcels created, changed and retired, certificate effects, and every rule
 * violation (each with its offending geometry part as GeoJSON in EPSG:4326); {@code parcelVersions}, the
 * version each resulting parcel now has (what the next change names in If-Match), typed so that no client
 * of the outcome parses the GeoJSON to learn it.
 */
public record Outcome(long transactionId, TransactionKind kind, TransactionStatus status, Instant at,
                      List<ViolationView> violations, String parcelsGeoJson, List<Long> createdParcels,
                      List<Long> changedParcels, List<Long> retiredParcels, List<String> certificateEffects,
                      Long auditSeq, Map<Long, Integer> parcelVersions) {

    /** A violation as the outside sees it; {@code field} is the request field it is about, or null. */
    public record ViolationView(String code, String messageVi, String messageEn, Long parcelId, String geometryGeoJson, String field) {
    }

    public boolean accepted() {
        return violations.isEmpty();
    }
}
