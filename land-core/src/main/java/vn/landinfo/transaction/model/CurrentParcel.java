package vn.landinfo.transaction.model;

import java.math.BigDecimal;

/**
 * The current version of a parcel as a transaction reads it (locked for the transaction's duration):
 * identity, version, national ID, the sheet's SRID and scale, and the state itself.
 */
public record CurrentParcel(long parcelId, long versionId, int version, String nationalId, int srid, int sheetScale,
                            String communeCode, String provinceCode, BigDecimal computedArea, ParcelState state) {
}
