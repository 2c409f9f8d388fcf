package vn.landinfo.transaction.model;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Mặt tiền: how long a parcel's boundary runs along road parcels (purpose DGT). That is what the
 * provinces' minimum frontage for residential splits measures — the width of the lot on the street. A
 * parcel reached through an alley that is not itself a road parcel measures 0 here; the rule is then
 * not applied to it (see the split use case), since the register cannot see such access.
 */
public final class Frontage {

    private Frontage() {
    }

    public static double along(Geometry parcel, List<? extends Geometry> roads) {
        double total = 0;
        for (Geometry road : roads) {
            total += Slivers.sharedBoundary(parcel, road, BoundaryAdjustment.TOUCH_EPS);
        }
        return total;
    }
}
