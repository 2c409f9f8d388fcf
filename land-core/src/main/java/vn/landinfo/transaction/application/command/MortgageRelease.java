package vn.landinfo.transaction.application.command;

import java.util.Set;

/** Xóa đăng ký thế chấp: the mortgage (its restriction id) on the parcel ends. */
public record MortgageRelease(Long parcelId, Long mortgageId) implements ChangeCommand {
    @Override
    public Set<Long> editedParcels() {
        return parcelId == null ? Set.of() : Set.of(parcelId);
    }
}
