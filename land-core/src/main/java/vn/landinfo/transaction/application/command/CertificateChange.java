package vn.landinfo.transaction.application.command;

import java.util.Set;

/**
 * Cấp lại (re-issue after loss or damage), cấp đổi (replacement), đính chính (correction) or thu hồi
 * (revocation) of the certificate with this serial. {@code correction} says what is corrected.
 */
public record CertificateChange(String serial, String reason, String correction) implements ChangeCommand {
    @Override
    public Set<Long> editedParcels() {
        return Set.of();
    }
}
