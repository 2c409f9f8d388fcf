package vn.landinfo.transaction.application.kinds;

import java.util.Optional;
import java.util.Set;
import vn.landinfo.transaction.application.CertificateToChange;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.transaction.application.command.CertificateChange;
import vn.landinfo.certificate.model.CertificateInfo;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * Đính chính Giấy chứng nhận: an error printed on the certificate is corrected by an endorsement on the
 * same certificate that states the correction (Decree 101/2024 lets the office correct the issued
 * certificate itself; a holder who wants a clean one asks for a replacement, cấp đổi, separately). The
 * certificate stays valid. What the register itself held wrong is corrected by its own transaction
 * (information change, boundary correction); this one records what the paper says.
 */
public final class CorrectingCertificate implements ChangeHandler<CertificateChange> {

    private final CertificateToChange certificates;

    public CorrectingCertificate(CertificateToChange certificates) {
        this.certificates = certificates;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.CERTIFICATE_CORRECTION);
    }

    @Override
    public Class<CertificateChange> commandType() {
        return CertificateChange.class;
    }

    @Override
    public void apply(CertificateChange change, RegisterSession session) {
        if (change.correction() == null || change.correction().isBlank() || change.correction().length() > 2000) {
            throw InvalidChange.malformed("correction", "correction (nội dung đính chính, 1-2000 characters) is required");
        }
        Optional<CertificateInfo> found = certificates.find(change.serial(), session);
        if (found.isEmpty()) {
            return;
        }
        CertificateInfo c = found.get();
        String text = "Đính chính: " + change.correction().trim()
                + (change.reason() == null || change.reason().isBlank() ? "" : " (lý do: " + change.reason().trim() + ")");
        session.certificates().endorse(c.id(), session.transactionId(), session.instant(), text);
        session.certificateEffect("endorsed " + c.serial());
        CertificateToChange.touchParcels(c, session);
    }
}
