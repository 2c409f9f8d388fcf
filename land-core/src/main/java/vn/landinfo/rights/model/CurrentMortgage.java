package vn.landinfo.rights.model;

import java.time.LocalDate;

/** A mortgage in force on a parcel: its restriction id, the mortgagee, its rank and contract. */
public record CurrentMortgage(long restrictionId, long parcelId, long mortgageePartyId, int rank, String contractNo,
                              LocalDate contractDate) {
}
