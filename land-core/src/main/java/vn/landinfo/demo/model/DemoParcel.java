package vn.landinfo.demo.model;

import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** A finished demo parcel in TM-3: geometry, representative point, sheet, number, area, address, uses. */
public record DemoParcel(Geometry geometry, Point representativePoint, int sheetIndex, int parcelNumber,
                         double legalArea, String address, List<LandUse> uses) {

    /** One land-use purpose of a parcel: area (m², 1 decimal), long-term or until {@code termEnd}, origin code. */
    public record LandUse(String purpose, double area, String termEnd, String origin) {
    }
}
