package vn.landinfo.transaction.application.command;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hợp thửa: adjacent parcels of the same holders become one. Purposes and address of the result may be
 * given; otherwise the inputs' purposes are summed by code. {@code crossSheet} acknowledges inputs on
 * different map sheets (the result goes on the sheet of the largest input).
 */
public record Merge(List<Long> parcelIds, List<PurposeInput> purposes, String address, Boolean crossSheet)
        implements ChangeCommand {
    @Override
    public Set<Long> editedParcels() {
        return parcelIds == null ? Set.of() : new LinkedHashSet<>(parcelIds);
    }
}
