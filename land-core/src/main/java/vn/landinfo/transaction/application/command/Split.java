package vn.landinfo.transaction.application.command;

import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;

/**
 * Tách thửa: one parcel becomes several, cut either by one or more lines ({@code cuttingLines}, GeoJSON
 * LineStrings crossing the parcel) or given as child polygons ({@code children[].geometry}) that must
 * partition it exactly. Children may carry their own purposes, legal area and address; otherwise they
 * inherit the parent's purposes in proportion to their area.
 */
public record Split(Long parcelId, List<Geometry> cuttingLines, List<SplitChild> children) implements ChangeCommand {
    @Override
    public Set<Long> editedParcels() {
        return parcelId == null ? Set.of() : Set.of(parcelId);
    }
}
