package vn.landinfo.transaction.application.command;

import java.time.LocalDate;
import java.util.Set;

/** Đăng ký thế chấp: a mortgage of the land-use right to a mortgagee (a bank), ranked after earlier ones. */
public record MortgageRegistration(Long parcelId, HolderInput mortgagee, String contractNo, LocalDate contractDate,
                                   Long securedAmountVnd) implements ChangeCommand {
    @Override
    public Set<Long> editedParcels() {
        return parcelId == null ? Set.of() : Set.of(parcelId);
    }
}
