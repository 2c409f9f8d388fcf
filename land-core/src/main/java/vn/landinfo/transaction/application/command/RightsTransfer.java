package vn.landinfo.transaction.application.command;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Transfer, gift, inheritance, exchange, capital contribution or lease of the land-use right on one
 * parcel: the current holders named in {@code from} give it to {@code to}. A lease keeps the holders and
 * adds the lessee's right until {@code leaseEnd}. {@code newCertificate} asks for a new certificate for
 * the new holders instead of an endorsement on the current one. {@code certificateSerial}, when the
 * dossier names the certificate presented, must be a certificate in force for this parcel.
 */
public record RightsTransfer(Long parcelId, List<Long> from, List<HolderInput> to, LocalDate leaseEnd,
                             Boolean newCertificate, String certificateSerial) implements ChangeCommand {

    public RightsTransfer(Long parcelId, List<Long> from, List<HolderInput> to, LocalDate leaseEnd, Boolean newCertificate) {
        this(parcelId, from, to, leaseEnd, newCertificate, null);
    }

    @Override
    public Set<Long> editedParcels() {
        return parcelId == null ? Set.of() : Set.of(parcelId);
    }
}
