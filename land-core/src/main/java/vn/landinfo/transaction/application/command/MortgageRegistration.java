package vn.landinfo.transaction.application.command;

import java.time.LocalDate;
import java.util.Set;

/**
 * Đăng ký thế chấp: a mortgage of the land-use right to a mortgagee (a bank), ranked after earlier ones.
 * {@code certificateSerial}, when given, must be a certificate in force for this parcel.
 */
public record MortgageRegistration(Long parcelId, HolderInput mortgagee, String contractNo, LocalDate contractDate,
                                   Long securedAmountVnd, String certificateSerial) implements ChangeCommand {

    public MortgageRegistration(Long parcelId, HolderInput mortgagee, String contractNo, LocalDate contractDate,
                                Long securedAmountVnd) {
        this(parcelId, mortgagee, contractNo, contractDate, securedAmountVnd, null);
    }

    @Override
    public Set<Long> editedParcels() {
        return parcelId == null ? Set.of() : Set.of(parcelId);
    }
}
