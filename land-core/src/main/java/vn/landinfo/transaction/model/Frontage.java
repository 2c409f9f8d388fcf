package vn.landinfo.transaction.model;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Mặt tiền: how long a parcel's boundary runs along road parcels (purpose DGT). That is what the
 * provinces' minimum frontage for residential splits measures — the width of the lot on the street. A
 * parcel reached through an alley that is not itself a road parcel measures 0 here; the rule is then
 * not applied to it (see the split use case), since the register cannot see such access. A road that
 * meets the parcel only at a corner is no frontage either: within the 1 mm tolerance a point contact
 * measures about 2 mm, so a road counts only where it runs along the parcel for more than
 * {@link BoundaryAdjustment#MIN_SHARED}, the length that makes land border a neighbour
 * (docs/decisions/0100-tests-pick-cases-not-slices.md found it).
 */
public final class Frontage {

    private Frontage() {
    }

    public static double along(Geometry parcel, List<? extends Geometry> roads) {
        double total = 0;
        for (Geometry road : roads) {
            double shared = Slivers.sharedBoundary(parcel, road, BoundaryAdjustment.TOUCH_EPS);
            if (shared > BoundaryAdjustment.MIN_SHARED) {
                total += shared;
            }
        }
        return total;
    }
}
