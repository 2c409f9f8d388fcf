package vn.landinfo.certificate.model;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a certificate's QR code vouches for: the facts that identify the certificate and never change
 * while it exists — serial, issue date, the national IDs of the parcels it covers (sorted) and how many
 * holders it names. Its status (valid, replaced, revoked) is not part of it: the status changes, and the
 * verifier reads it from the register at the time of the check. Nothing personal is in it: the national
 * parcel IDs are public, a holder count says nothing about who.
 */
public record CertificateIdentity(String serial, LocalDate issueDate, List<String> parcelNationalIds, int holderCount) {

    public CertificateIdentity {
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(issueDate, "issueDate");
        parcelNationalIds = parcelNationalIds.stream().sorted().toList();
        if (holderCount < 0) {
            throw new IllegalArgumentException("holder count must not be negative");
        }
    }

    /**
     * The exact bytes signed, bound to the key id so a signature cannot be presented under another key.
     * One field per line; none of the fields can contain a newline (serials and national IDs are
     * alphanumeric, the date is ISO).
     */
    public byte[] signedBytes(String keyId) {
        return ("landinfo-certificate-seal-v1\n" + keyId + "\n" + serial + "\n" + issueDate + "\n"
                + String.join(",", parcelNationalIds) + "\n" + holderCount).getBytes(StandardCharsets.UTF_8);
    }
}
