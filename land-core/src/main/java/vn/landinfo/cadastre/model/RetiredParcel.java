package vn.landinfo.cadastre.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A parcel that is no longer in the register (a split or merge ended it): when it was retired, its last
 * version, and the parcels that replaced it (the children in parcel_lineage), so whoever follows an old link
 * or certificate learns where the land went.
 */
public record RetiredParcel(long parcelId, String nationalId, OffsetDateTime retiredAt, int lastVersion, List<Successor> successors) {

    public RetiredParcel {
        successors = List.copyOf(successors);
    }

    /** A parcel made from the retired one, by a {@code split} or a {@code merge}. */
    public record Successor(long parcelId, String nationalId, String kind) {
    }
}
