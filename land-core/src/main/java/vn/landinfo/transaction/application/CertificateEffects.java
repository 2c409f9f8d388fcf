package vn.landinfo.transaction.application;

import java.util.ArrayList;
import java.util.List;
import vn.landinfo.certificate.model.CertificateInfo;

/**
 * The two ways a change reaches the holders' certificates (Circular 10/2024, Decree 101/2024): written on
 * the certificate in force as an endorsement (xác nhận thay đổi), or a new certificate that replaces it.
 * Either way the session records the effect for the outcome.
 */
public final class CertificateEffects {

    private CertificateEffects() {
    }

    /** Endorses the change on every certificate in force for the parcel; returns how many. */
    public static int endorse(RegisterSession session, long parcelId, String contentVi) {
        List<CertificateInfo> valid = session.certificates().validFor(parcelId);
        for (CertificateInfo c : valid) {
            session.certificates().endorse(c.id(), session.transactionId(), session.instant(), contentVi);
            session.certificateEffect("endorsed " + c.serial());
        }
        return valid.size();
    }

    /**
     * Issues a new certificate for the parcel to {@code holders} and ends every certificate in force for it
     * as replaced. A replaced certificate that also covered other parcels leaves them without a certificate,
     * so those get one of their own for the holders printed on the old one.
     */
    public static CertificateInfo reissueFor(RegisterSession session, long parcelId, List<Long> holders, String reasonVi) {
        List<CertificateInfo> old = session.certificates().validFor(parcelId);
        CertificateInfo issued = session.certificates().issue(List.of(parcelId), holders, session.transactionId(), session.instant());
        session.certificateEffect("issued " + issued.serial());
        for (CertificateInfo c : old) {
            List<Long> others = new ArrayList<>(c.parcelIds());
            others.remove(parcelId);
            if (!others.isEmpty()) {
                CertificateInfo rest = session.certificates().issue(others, c.holderPartyIds(), session.transactionId(), session.instant());
                session.certificateEffect("issued " + rest.serial());
            }
            session.certificates().end(c.id(), "replaced", issued.id(), reasonVi, session.transactionId(), session.instant());
            session.certificateEffect("replaced " + c.serial());
        }
        return issued;
    }
}
