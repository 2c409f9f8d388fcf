package vn.landinfo.transaction.application.kinds;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.landinfo.transaction.application.CertificateEffects;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.Dates;
import vn.landinfo.transaction.application.HolderInputs;
import vn.landinfo.transaction.application.ParcelUseChecks;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.MortgageRegistration;
import vn.landinfo.certificate.infrastructure.CertificateStore;
import vn.landinfo.rights.infrastructure.MortgageStore;
import vn.landinfo.rights.model.CurrentMortgage;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.party.model.Holder;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;

/**
 * Đăng ký thế chấp: a restriction of kind 'mortgage' and its details (mortgagee, rank, contract). The
 * rank is the next after the mortgages in force on the parcel: one right may secure several debts
 * (Civil Code Art. 296), ranked by the order of registration. A seized or disputed parcel, one out of
 * its term or without a certificate in force cannot be mortgaged (Land Law 2024 Art. 45). The mortgage
 * is endorsed on the certificate in force.
 */
public final class RegisteringMortgage implements ChangeHandler<MortgageRegistration> {

    private final HolderInputs parties;
    private final ParcelUseChecks checks;
    private final MortgageStore mortgages;

    public RegisteringMortgage(HolderInputs parties, ParcelUseChecks checks, MortgageStore mortgages) {
        this.parties = parties;
        this.checks = checks;
        this.mortgages = mortgages;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.MORTGAGE_REGISTRATION);
    }

    @Override
    public Class<MortgageRegistration> commandType() {
        return MortgageRegistration.class;
    }

    @Override
    public void apply(MortgageRegistration m, RegisterSession session) {
        CurrentParcel parcel = session.requireCurrent(m.parcelId(), "parcelId");
        if (m.contractNo() == null || m.contractNo().isBlank() || m.contractNo().length() > 100) {
            throw InvalidChange.malformed("contractNo", "contractNo (số hợp đồng thế chấp, 1-100 characters) is required");
        }
        if (m.contractDate() == null) {
            throw InvalidChange.malformed("contractDate", "contractDate (ngày ký hợp đồng thế chấp) is required");
        }
        LocalDate today = session.instant().atZone(CertificateStore.VIETNAM).toLocalDate();
        if (m.contractDate().isAfter(today)) {
            throw InvalidChange.malformed("contractDate", "contractDate " + m.contractDate() + " is in the future");
        }
        if (m.securedAmountVnd() != null && m.securedAmountVnd() <= 0) {
            throw InvalidChange.malformed("securedAmountVnd", "securedAmountVnd must be a positive amount of đồng");
        }
        String contractNo = m.contractNo().trim();

        checks.restrictions(session, parcel, false);
        checks.certificate(session, parcel, m.certificateSerial(), true);
        checks.term(session, parcel);
        HolderInputs.Plan mortgagee = parties.checkOne(m.mortgagee(), "mortgagee", session);
        List<Holder> holders = session.rights().currentHolders(parcel.parcelId());
        if (holders.isEmpty()) {
            session.violate(new Violation("NO_LAND_USE_RIGHT", "Thửa đất không có người sử dụng đất để thế chấp",
                    "The parcel has no land-use right holder who could mortgage it", parcel.parcelId(), null));
        }
        holders.stream().filter(h -> mortgagee.existingPartyIds().contains(h.partyId())).findFirst()
                .ifPresent(h -> session.violate(new Violation("MORTGAGEE_IS_HOLDER",
                        "Bên nhận thế chấp (mã " + h.partyId() + ") đang là người sử dụng thửa đất này",
                        "The mortgagee (party " + h.partyId() + ") holds the land-use right of this parcel itself", parcel.parcelId(), null)));
        List<CurrentMortgage> inForce = mortgages.current(parcel.parcelId());
        inForce.stream().filter(c -> c.contractNo().equals(contractNo) && mortgagee.existingPartyIds().contains(c.mortgageePartyId()))
                .findFirst().ifPresent(c -> session.violate(new Violation("MORTGAGE_ALREADY_REGISTERED",
                        "Hợp đồng thế chấp số " + contractNo + " đã được đăng ký trên thửa đất này (thứ tự " + c.rank() + ")",
                        "Mortgage contract " + contractNo + " is already registered on this parcel (rank " + c.rank() + ")",
                        parcel.parcelId(), null)));
        if (!session.violations().isEmpty()) {
            return;
        }

        long mortgageeId = mortgagee.create(session).get(0).partyId();
        String bank = mortgagee.names().get(0);
        int rank = inForce.stream().mapToInt(CurrentMortgage::rank).max().orElse(0) + 1;
        // The mortgagor column names one party: the first holder stands for joint holders, who all sign the contract.
        mortgages.register(parcel.parcelId(), mortgageeId, holders.get(0).partyId(), rank, contractNo, m.contractDate(),
                m.securedAmountVnd(), "Thế chấp quyền sử dụng đất tại " + bank + " theo hợp đồng số " + contractNo,
                session.transactionId(), session.instant());
        session.touched(parcel.parcelId());
        CertificateEffects.endorse(session, parcel.parcelId(), "Thế chấp bằng quyền sử dụng đất tại " + bank
                + " theo hợp đồng số " + contractNo + " ngày " + Dates.vi(m.contractDate()) + " (thứ tự ưu tiên " + rank + ")");
    }
}
