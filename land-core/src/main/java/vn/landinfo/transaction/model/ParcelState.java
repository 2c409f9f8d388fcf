package vn.landinfo.transaction.model;

import java.math.BigDecimal;
import java.util.List;
import org.locationtech.jts.geom.MultiPolygon;

/**
 * The attributes of a parcel version a transaction writes: where it is on the map (commune, sheet,
 * number), its geometry in the sheet's TM-3 zone, legal area, address and purposes.
 */
public record ParcelState(long communeId, long mapSheetId, int parcelNumber, MultiPolygon geomTm3, BigDecimal legalArea,
                          String address, List<LandUse> purposes) {

    public ParcelState withGeometry(MultiPolygon g, BigDecimal newLegalArea) {
        return new ParcelState(communeId, mapSheetId, parcelNumber, g, newLegalArea, address, purposes);
    }

    public ParcelState withPurposes(List<LandUse> p) {
        return new ParcelState(communeId, mapSheetId, parcelNumber, geomTm3, legalArea, address, p);
    }

    public ParcelState withAddress(String a) {
        return new ParcelState(communeId, mapSheetId, parcelNumber, geomTm3, legalArea, a, purposes);
    }

    public ParcelState withNumber(long sheetId, int number) {
        return new ParcelState(communeId, sheetId, number, geomTm3, legalArea, address, purposes);
    }
}
