package vn.landinfo.transaction.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.landinfo.certificate.infrastructure.CertificateLookup;
import vn.landinfo.certificate.infrastructure.CertificateStore;
import vn.landinfo.certificate.model.CertificateInfo;
import vn.landinfo.transaction.model.CurrentParcel;
import vn.landinfo.rights.model.CurrentRestriction;
import vn.landinfo.rights.model.CurrentRight;
import vn.landinfo.shared.model.Violation;

/**
 * The conditions for exercising a land-use right (Land Law 2024, Art. 45.1), shared by transfers, leases,
 * mortgages and information changes: the parcel has a certificate in force, is not in dispute nor seized
 * for enforcement, and is within its term of use. A mortgage blocks handing the right to someone else
 * until the mortgagee releases it (Civil Code Art. 320–321), but not a lease nor a further mortgage.
 */
public final class ParcelUseChecks {

    private final CertificateLookup certificates;

    public ParcelUseChecks(CertificateLookup certificates) {
        this.certificates = certificates;
    }

    /** PARCEL_SEIZED, PARCEL_DISPUTED and, when {@code mortgageBlocks}, PARCEL_MORTGAGED. */
    public void restrictions(RegisterSession session, CurrentParcel parcel, boolean mortgageBlocks) {
        List<CurrentRestriction> in = session.rights().currentRestrictions(parcel.parcelId());
        if (in.stream().anyMatch(r -> r.kind().equals("seizure"))) {
            session.violate(new Violation("PARCEL_SEIZED",
                    "Quyền sử dụng đất đang bị kê biên để bảo đảm thi hành án; không thể thực hiện giao dịch",
                    "The land-use right is seized to secure the enforcement of a judgment; no transaction is possible",
                    parcel.parcelId(), null));
        }
        if (in.stream().anyMatch(r -> r.kind().equals("dispute"))) {
            session.violate(new Violation("PARCEL_DISPUTED",
                    "Thửa đất đang có tranh chấp chưa được giải quyết; không thể thực hiện giao dịch",
                    "The parcel is in an unresolved dispute; no transaction is possible", parcel.parcelId(), null));
        }
        long mortgages = in.stream().filter(r -> r.kind().equals("mortgage")).count();
        if (mortgageBlocks && mortgages > 0) {
            session.violate(new Violation("PARCEL_MORTGAGED",
                    "Quyền sử dụng đất đang được thế chấp (" + mortgages + " hợp đồng); phải xóa đăng ký thế chấp trước khi chuyển quyền",
                    "The land-use right is mortgaged (" + mortgages + " contract(s)); the mortgage must be released before the right is transferred",
                    parcel.parcelId(), null));
        }
    }

    /**
     * CERTIFICATE_NOT_FOUND / CERTIFICATE_NOT_FOR_PARCEL / CERTIFICATE_NOT_VALID for a certificate the
     * request names; without one, CERTIFICATE_NOT_VALID when every certificate the parcel had was revoked
     * or replaced, and CERTIFICATE_REQUIRED when {@code required} and none was ever issued.
     */
    public void certificate(RegisterSession session, CurrentParcel parcel, String serial, boolean required) {
        if (serial != null && !serial.isBlank()) {
            Optional<CertificateInfo> named = session.certificates().bySerial(serial.trim());
            if (named.isEmpty()) {
                session.violate(notFound(serial.trim()));
            } else if (!named.get().parcelIds().contains(parcel.parcelId())) {
                session.violate(new Violation("CERTIFICATE_NOT_FOR_PARCEL",
                        "Giấy chứng nhận số " + serial.trim() + " không cấp cho thửa đất này",
                        "Certificate " + serial.trim() + " was not issued for this parcel", parcel.parcelId(), null));
            } else if (!named.get().valid()) {
                session.violate(notValid(named.get(), parcel.parcelId()));
            }
            return;
        }
        List<CertificateInfo> all = certificates.allFor(parcel.parcelId());
        if (all.stream().anyMatch(CertificateInfo::valid)) {
            return;
        }
        if (!all.isEmpty()) {
            session.violate(notValid(all.get(all.size() - 1), parcel.parcelId()));
        } else if (required) {
            session.violate(new Violation("CERTIFICATE_REQUIRED",
                    "Thửa đất chưa được cấp Giấy chứng nhận; chưa đủ điều kiện thực hiện quyền (Điều 45 Luật Đất đai 2024)",
                    "No certificate was ever issued for the parcel; the right cannot be exercised yet (Land Law 2024, Art. 45)",
                    parcel.parcelId(), null));
        }
    }

    /** LAND_USE_TERM_EXPIRED: the land-use right's term ended before today. */
    public void term(RegisterSession session, CurrentParcel parcel) {
        LocalDate today = session.instant().atZone(CertificateStore.VIETNAM).toLocalDate();
        session.rights().currentRights(parcel.parcelId()).stream()
                .filter(r -> r.rightType().equals("land_use") && r.termEnd() != null && r.termEnd().isBefore(today))
                .map(CurrentRight::termEnd).findFirst()
                .ifPresent(end -> session.violate(new Violation("LAND_USE_TERM_EXPIRED",
                        "Thời hạn sử dụng đất đã hết ngày " + Dates.vi(end),
                        "The term of the land-use right ended on " + end, parcel.parcelId(), null)));
    }

    public static Violation notFound(String serial) {
        return Violation.of("CERTIFICATE_NOT_FOUND", "Không có Giấy chứng nhận số " + serial + " trong sổ địa chính",
                "There is no certificate with serial " + serial + " in the register");
    }

    public static Violation notValid(CertificateInfo c, Long parcelId) {
        String vi = c.status().equals("revoked") ? "đã bị thu hồi" : "đã được thay thế bằng Giấy chứng nhận khác";
        String en = c.status().equals("revoked") ? "was revoked" : "was replaced by another certificate";
        return new Violation("CERTIFICATE_NOT_VALID", "Giấy chứng nhận số " + c.serial() + " " + vi + ", không còn giá trị sử dụng",
                "Certificate " + c.serial() + " " + en + " and can no longer be used", parcelId, null);
    }
}
