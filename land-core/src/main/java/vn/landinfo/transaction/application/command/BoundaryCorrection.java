package vn.landinfo.transaction.application.command;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Chỉnh lý ranh giới, diện tích: the parcel's new geometry. Where it moves a boundary it shares with
 * current neighbours, the neighbours change with it (land it takes is cut from them, land it gives up
 * goes to the neighbour it borders), so no gap and no overlap appears; {@code neighbours} lists the
 * neighbouring parcels the officer expects to change (their versions go in If-Match too). The national
 * ID stays.
 */
public record BoundaryCorrection(Long parcelId, Geometry geometry, BigDecimal legalArea, List<Long> neighbours)
        implements ChangeCommand {
    @Override
    public Set<Long> editedParcels() {
        Set<Long> ids = new java.util.LinkedHashSet<>();
        if (parcelId != null) {
            ids.add(parcelId);
        }
        if (neighbours != null) {
            ids.addAll(neighbours);
        }
        return ids;
    }
}
