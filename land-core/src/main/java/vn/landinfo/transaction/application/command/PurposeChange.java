package vn.landinfo.transaction.application.command;

import java.util.List;
import java.util.Set;

/** Chuyển mục đích sử dụng đất: the parcel's purposes become these (areas must add up to the legal area). */
public record PurposeChange(Long parcelId, List<PurposeInput> purposes) implements ChangeCommand {
    @Override
    public Set<Long> editedParcels() {
        return parcelId == null ? Set.of() : Set.of(parcelId);
    }
}
