package vn.landinfo.certificate.model;

/**
 * The answer to "is this QR code genuine, and is the certificate still in force?". Only a GENUINE code
 * says anything about the certificate; its status is the register's at the time of the check.
 *
 * @param status valid, replaced or revoked (null unless GENUINE)
 * @param replacedBy serial of the certificate that replaced it, when replaced
 */
public record Verification(Verdict verdict, String serial, String status, String replacedBy, String messageVi,
                           String messageEn) {

    /** Why a code is accepted or rejected. */
    public enum Verdict {
        /** The seal is the register's and matches the certificate in the register. */
        GENUINE,
        /** Not a readable certificate link (missing or malformed fields). */
        MALFORMED,
        /** The register has no certificate with this serial. */
        UNKNOWN_CERTIFICATE,
        /** Unknown key or a signature that does not match the fields: forged, or altered after sealing. */
        FORGED,
        /** Signed by the register, but the fields differ from the certificate as registered. */
        NOT_MATCHING_REGISTER
    }

    public boolean genuine() {
        return verdict == Verdict.GENUINE;
    }
}
