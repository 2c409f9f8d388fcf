package vn.landinfo.transaction.application.command;

import java.util.Set;

/**
 * Xóa đăng ký thế chấp: the mortgage (its restriction id) on the parcel ends. {@code certificateSerial},
 * when given, must be a certificate in force for this parcel.
 */
public record MortgageRelease(Long parcelId, Long mortgageId, String certificateSerial) implements ChangeCommand {

    public MortgageRelease(Long parcelId, Long mortgageId) {
        this(parcelId, mortgageId, null);
    }

    @Override
    public Set<Long> editedParcels() {
        return parcelId == null ? Set.of() : Set.of(parcelId);
    }
}
