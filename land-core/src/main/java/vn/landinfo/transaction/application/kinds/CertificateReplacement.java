package vn.landinfo.transaction.application.kinds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.landinfo.transaction.application.RegisterSession;
import vn.landinfo.certificate.model.CertificateInfo;

/**
 * What a split or a merge does to certificates (Decree 101/2024: a parcel that changes its boundary into
 * new parcels gets a new certificate): every valid certificate of the parcels that cease to exist ends
 * as replaced, and each new parcel gets one new certificate for the same holders (the holders of the
 * land-use right it carries over, which are the old certificate's). A certificate that
 * also covered parcels outside the change is not left covering nothing valid: those parcels get a new
 * certificate of their own, for the same holders, which the old one is replaced by as well.
 */
final class CertificateReplacement {

    private CertificateReplacement() {
    }

    /** @param reasonVi why the old certificates end, as written in their status reason */
    static void replace(RegisterSession session, List<Long> retiredParcels, List<Long> newParcels, String reasonVi) {
        Map<Long, CertificateInfo> old = new LinkedHashMap<>();
        for (long p : retiredParcels) {
            for (CertificateInfo c : session.certificates().validFor(p)) {
                old.putIfAbsent(c.id(), c);
            }
        }
        if (old.isEmpty()) {
            session.certificateEffect("no valid certificate to replace; none issued");
            return;
        }
        Set<Long> previous = new LinkedHashSet<>();
        old.values().forEach(c -> previous.addAll(c.holderPartyIds()));
        List<CertificateInfo> issued = new ArrayList<>();
        for (long parcel : newParcels) {
            // The holders of the land-use right the new parcel now carries; the old certificates' own
            // holders only where the register knows no right (records migrated without one).
            List<Long> holders = session.rights().currentHolders(parcel).stream().map(h -> h.partyId()).distinct().toList();
            CertificateInfo c = session.certificates().issue(List.of(parcel), holders.isEmpty() ? List.copyOf(previous) : holders,
                    session.transactionId(), session.instant());
            issued.add(c);
            session.certificateEffect("issued " + c.serial() + " for parcel " + parcel);
        }
        for (CertificateInfo c : old.values()) {
            List<Long> remaining = c.parcelIds().stream()
                    .filter(p -> !retiredParcels.contains(p) && session.parcels().current(p).isPresent()).toList();
            List<String> by = new ArrayList<>(issued.stream().map(CertificateInfo::serial).toList());
            Long replacedBy = issued.get(0).id();
            if (!remaining.isEmpty()) {
                CertificateInfo rest = session.certificates().issue(remaining, c.holderPartyIds(), session.transactionId(), session.instant());
                session.certificateEffect("issued " + rest.serial() + " for parcels " + remaining + " that " + c.serial() + " also covered");
                by.add(rest.serial());
                remaining.forEach(session::touched);
            }
            session.certificates().end(c.id(), "replaced", replacedBy, reasonVi, session.transactionId(), session.instant());
            session.certificateEffect("replaced " + c.serial() + " by " + String.join(", ", by));
        }
    }
}
