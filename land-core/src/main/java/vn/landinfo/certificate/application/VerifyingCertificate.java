package vn.landinfo.certificate.application;

import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;
import vn.landinfo.certificate.infrastructure.CertificateRecords;
import vn.landinfo.certificate.infrastructure.SealKeys;
import vn.landinfo.certificate.model.CertificateSeal;
import vn.landinfo.certificate.model.SealedLink;
import vn.landinfo.certificate.model.Verification;
import vn.landinfo.certificate.model.Verification.Verdict;

/**
 * Checks a scanned certificate QR code: that it reads as a sealed link, names a certificate the register
 * has, was signed by one of the register's keys over exactly these fields (any change to the serial,
 * date, parcels, holder count, key or signature breaks it), and that the fields are the certificate's as
 * registered. A genuine code is answered with the certificate's current status, so a replaced or revoked
 * paper certificate is recognised as such even though its code is authentic.
 */
public final class VerifyingCertificate {

    private final CertificateRecords certificates;
    private final SealKeys keys;

    public VerifyingCertificate(CertificateRecords certificates, SealKeys keys) {
        this.certificates = certificates;
        this.keys = keys;
    }

    /** Verifies the link as the verify endpoint receives it: the serial from the path and the query parameters. */
    public Verification verify(String serial, Map<String, String> params) {
        return SealedLink.parse(serial, params).map(this::verify).orElseGet(() -> new Verification(Verdict.MALFORMED, serial, null, null,
                "Mã QR không phải đường dẫn xác thực Giấy chứng nhận hợp lệ",
                "The QR code is not a readable certificate verification link"));
    }

    /** Verifies a whole scanned link. */
    public Verification verifyUrl(String url) {
        return SealedLink.parseUrl(url).map(this::verify).orElseGet(() -> new Verification(Verdict.MALFORMED, null, null, null,
                "Mã QR không phải đường dẫn xác thực Giấy chứng nhận hợp lệ",
                "The QR code is not a readable certificate verification link"));
    }

    public Verification verify(SealedLink link) {
        String serial = link.identity().serial();
        Optional<CertificateRecords.Sealable> found = certificates.bySerial(serial);
        if (found.isEmpty()) {
            return new Verification(Verdict.UNKNOWN_CERTIFICATE, serial, null, null,
                    "Không có Giấy chứng nhận số " + serial + " trong sổ địa chính",
                    "The register has no certificate with serial " + serial);
        }
        Optional<PublicKey> key = keys.publicKey(link.keyId());
        if (key.isEmpty() || !CertificateSeal.verify(link, key.get())) {
            return new Verification(Verdict.FORGED, serial, null, null,
                    "Mã QR giả hoặc đã bị sửa: chữ ký không phải của cơ quan đăng ký đất đai",
                    "The QR code is forged or altered: its signature is not the land registry's");
        }
        CertificateRecords.Sealable c = found.get();
        if (!c.identity().equals(link.identity())) {
            return new Verification(Verdict.NOT_MATCHING_REGISTER, serial, null, null,
                    "Thông tin trong mã QR không khớp với Giấy chứng nhận số " + serial + " trong sổ địa chính",
                    "The QR code's contents do not match certificate " + serial + " in the register");
        }
        return switch (c.status()) {
            case "valid" -> new Verification(Verdict.GENUINE, serial, "valid", null,
                    "Giấy chứng nhận số " + serial + " là thật và đang có hiệu lực",
                    "Certificate " + serial + " is genuine and in force");
            case "replaced" -> new Verification(Verdict.GENUINE, serial, "replaced", c.replacedBy(),
                    "Giấy chứng nhận số " + serial + " là thật nhưng đã được thay thế" + (c.replacedBy() == null ? "" : " bằng Giấy chứng nhận số " + c.replacedBy()),
                    "Certificate " + serial + " is genuine but was replaced" + (c.replacedBy() == null ? "" : " by certificate " + c.replacedBy()));
            default -> new Verification(Verdict.GENUINE, serial, c.status(), null,
                    "Giấy chứng nhận số " + serial + " là thật nhưng đã bị thu hồi, không còn giá trị",
                    "Certificate " + serial + " is genuine but was revoked and is no longer valid");
        };
    }
}
