package vn.landinfo.transaction.application.kinds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.landinfo.transaction.application.CertificateToChange;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.CertificateChange;
import vn.landinfo.certificate.model.CertificateInfo;
import vn.landinfo.party.model.Holder;
import vn.landinfo.transaction.model.TransactionKind;
import vn.landinfo.shared.model.Violation;

/**
 * Cấp lại (after loss or damage) and cấp đổi (replacement, e.g. when the endorsement pages are full or the
 * holder asks for the new form): a new certificate for the same parcels, and the old one becomes
 * 'replaced' by it. The new certificate shows the register as it is now, so its holders are the current
 * land-use holders of those parcels (after a transfer endorsed on the old certificate, the recipients);
 * only if the parcels have no current holder does it copy the old certificate's holders.
 */
public final class ReissuingCertificate implements ChangeHandler<CertificateChange> {

    private final CertificateToChange certificates;

    public ReissuingCertificate(CertificateToChange certificates) {
        this.certificates = certificates;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.CERTIFICATE_REISSUE, TransactionKind.CERTIFICATE_REPLACEMENT);
    }

    @Override
    public Class<CertificateChange> commandType() {
        return CertificateChange.class;
    }

    @Override
    public void apply(CertificateChange change, RegisterSession session) {
        Optional<CertificateInfo> found = certificates.find(change.serial(), session);
        if (found.isEmpty()) {
            return;
        }
        CertificateInfo old = found.get();
        List<Long> current = CertificateToChange.currentParcels(old, session);
        if (current.size() != old.parcelIds().size()) {
            List<Long> retired = new ArrayList<>(old.parcelIds());
            retired.removeAll(current);
            session.violate(new Violation("CERTIFICATE_PARCEL_RETIRED",
                    "Giấy chứng nhận số " + old.serial() + " có thửa đất không còn tồn tại " + retired + "; hãy đăng ký biến động thay vì cấp lại",
                    "Certificate " + old.serial() + " covers parcel(s) " + retired + " that no longer exist; register the change instead",
                    null, null));
            return;
        }
        Set<Long> holders = new LinkedHashSet<>();
        for (long p : current) {
            session.rights().currentHolders(p).stream().map(Holder::partyId).forEach(holders::add);
        }
        if (holders.isEmpty()) {
            holders.addAll(old.holderPartyIds());
        }
        boolean reissue = session.kind() == TransactionKind.CERTIFICATE_REISSUE;
        String reason = CertificateToChange.reasonOr(change.reason(), reissue
                ? "Cấp lại Giấy chứng nhận do bị mất hoặc hư hỏng" : "Cấp đổi Giấy chứng nhận");
        CertificateInfo issued = session.certificates().issue(old.parcelIds(), List.copyOf(holders), session.transactionId(), session.instant());
        session.certificates().end(old.id(), "replaced", issued.id(), reason, session.transactionId(), session.instant());
        session.certificateEffect("issued " + issued.serial());
        session.certificateEffect("replaced " + old.serial());
        CertificateToChange.touchParcels(old, session);
    }
}
