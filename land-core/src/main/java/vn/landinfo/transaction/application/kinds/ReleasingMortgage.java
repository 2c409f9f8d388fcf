package vn.landinfo.transaction.application.kinds;

import java.util.Optional;
import java.util.Set;
import vn.landinfo.transaction.application.CertificateEffects;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.ParcelUseChecks;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.MortgageRelease;
import vn.landinfo.rights.infrastructure.MortgageStore;
import vn.landinfo.party.infrastructure.PartyStore;
import vn.landinfo.rights.model.CurrentMortgage;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;

/**
 * Xóa đăng ký thế chấp: a mortgage in force on the parcel ends (its restriction's lifespan closes) and the
 * release is endorsed on the certificate in force. Releasing needs no certificate of the holders when
 * none was issued, but a revoked or replaced one cannot be presented.
 */
public final class ReleasingMortgage implements ChangeHandler<MortgageRelease> {

    private final ParcelUseChecks checks;
    private final MortgageStore mortgages;
    private final PartyStore parties;

    public ReleasingMortgage(ParcelUseChecks checks, MortgageStore mortgages, PartyStore parties) {
        this.checks = checks;
        this.mortgages = mortgages;
        this.parties = parties;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.MORTGAGE_RELEASE);
    }

    @Override
    public Class<MortgageRelease> commandType() {
        return MortgageRelease.class;
    }

    @Override
    public void apply(MortgageRelease release, RegisterSession session) {
        CurrentParcel parcel = session.requireCurrent(release.parcelId(), "parcelId");
        if (release.mortgageId() == null) {
            throw InvalidChange.malformed("mortgageId", "mortgageId (the mortgage's restriction id) is required");
        }
        Optional<CurrentMortgage> mortgage = mortgages.current(parcel.parcelId()).stream()
                .filter(m -> m.restrictionId() == release.mortgageId()).findFirst();
        if (mortgage.isEmpty()) {
            session.violate(new Violation("MORTGAGE_NOT_FOUND",
                    "Thửa đất không có thế chấp số " + release.mortgageId() + " đang có hiệu lực",
                    "Mortgage " + release.mortgageId() + " is not a mortgage in force on this parcel", parcel.parcelId(), null));
        }
        checks.certificate(session, parcel, release.certificateSerial(), false);
        if (!session.violations().isEmpty()) {
            return;
        }
        CurrentMortgage m = mortgage.get();
        mortgages.release(m.restrictionId(), session.transactionId(), session.instant());
        session.touched(parcel.parcelId());
        String bank = parties.names(Set.of(m.mortgageePartyId())).getOrDefault(m.mortgageePartyId(), "#" + m.mortgageePartyId());
        CertificateEffects.endorse(session, parcel.parcelId(), "Xóa đăng ký thế chấp tại " + bank + " theo hợp đồng số " + m.contractNo());
    }
}
