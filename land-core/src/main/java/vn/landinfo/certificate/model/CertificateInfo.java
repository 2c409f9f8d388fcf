package vn.landinfo.certificate.model;

import java.time.LocalDate;
import java.util.List;

/** A certificate as the pipeline sees it: serial, status and the parcels and holders it covers. */
public record CertificateInfo(long id, String serial, String status, LocalDate issueDate, List<Long> parcelIds,
                              List<Long> holderPartyIds) {

    public boolean valid() {
        return status.equals("valid");
    }
}
