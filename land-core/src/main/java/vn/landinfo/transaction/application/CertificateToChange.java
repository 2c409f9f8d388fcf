package vn.landinfo.transaction.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.landinfo.certificate.infrastructure.CertificateLookup;
import vn.landinfo.certificate.model.CertificateInfo;
import vn.landinfo.transaction.model.InvalidChange;

/**
 * Finds the certificate a re-issue, replacement, correction or revocation is about, under locks: its
 * parcels (so a concurrent transfer on them waits) and then its own row, re-read after locking so a
 * certificate revoked meanwhile is seen as revoked. Reports CERTIFICATE_NOT_FOUND and
 * CERTIFICATE_NOT_VALID (a revoked or replaced certificate cannot be changed any more).
 */
public final class CertificateToChange {

    private final CertificateLookup lookup;

    public CertificateToChange(CertificateLookup lookup) {
        this.lookup = lookup;
    }

    public Optional<CertificateInfo> find(String serial, RegisterSession session) {
        if (serial == null || serial.isBlank()) {
            throw InvalidChange.malformed("serial", "serial (số phát hành của Giấy chứng nhận) is required");
        }
        String s = serial.trim().toUpperCase(java.util.Locale.ROOT);
        Optional<CertificateInfo> found = session.certificates().bySerial(s);
        if (found.isEmpty()) {
            session.violate(ParcelUseChecks.notFound(s));
            return Optional.empty();
        }
        session.parcels().lock(found.get().parcelIds());
        lookup.lock(found.get().id());
        CertificateInfo c = session.certificates().bySerial(s).orElseThrow();
        if (!c.valid()) {
            session.violate(ParcelUseChecks.notValid(c, null));
            return Optional.empty();
        }
        return Optional.of(c);
    }

    /** The certificate's parcels that are still current (a certificate in force should cover only those). */
    public static List<Long> currentParcels(CertificateInfo c, RegisterSession session) {
        Map<Long, Integer> current = session.parcels().currentVersions(c.parcelIds());
        return c.parcelIds().stream().filter(current::containsKey).toList();
    }

    /** Marks the certificate's current parcels as changed by this transaction (outcome, audit, register event). */
    public static void touchParcels(CertificateInfo c, RegisterSession session) {
        currentParcels(c, session).forEach(session::touched);
    }

    public static String reasonOr(String reason, String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason.trim();
    }
}
