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
 * Thu hồi Giấy chứng nhận (Land Law 2024 Art. 152): the certificate becomes 'revoked' with the reason
 * (a court ruling, a certificate issued in breach of the law, …). The rights in the register do not end
 * by themselves: the decision that revokes the certificate is registered by its own transaction when it
 * also changes rights. From then on the certificate cannot be used for any transaction.
 */
public final class RevokingCertificate implements ChangeHandler<CertificateChange> {

    private final CertificateToChange certificates;

    public RevokingCertificate(CertificateToChange certificates) {
        this.certificates = certificates;
    }

    @Override
    public Set<TransactionKind> kinds() {
        return Set.of(TransactionKind.CERTIFICATE_REVOCATION);
    }

    @Override
    public Class<CertificateChange> commandType() {
        return CertificateChange.class;
    }

    @Override
    public void apply(CertificateChange change, RegisterSession session) {
        if (change.reason() == null || change.reason().isBlank() || change.reason().length() > 2000) {
            throw InvalidChange.malformed("reason", "reason (lý do thu hồi, 1-2000 characters) is required to revoke a certificate");
        }
        Optional<CertificateInfo> found = certificates.find(change.serial(), session);
        if (found.isEmpty()) {
            return;
        }
        CertificateInfo c = found.get();
        session.certificates().end(c.id(), "revoked", null, change.reason().trim(), session.transactionId(), session.instant());
        session.certificateEffect("revoked " + c.serial());
        CertificateToChange.touchParcels(c, session);
    }
}
