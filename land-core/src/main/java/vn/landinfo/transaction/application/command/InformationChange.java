package vn.landinfo.transaction.application.command;

import java.util.List;
import java.util.Set;

/**
 * Thay đổi thông tin: the parcel's address, or a holder's name, address or identifier (a new citizen ID
 * replacing an old identity card), without any change of rights. {@code certificateSerial}, when given,
 * must be a certificate in force for this parcel.
 */
public record InformationChange(Long parcelId, String address, List<PartyUpdate> parties, String certificateSerial)
        implements ChangeCommand {

    public InformationChange(Long parcelId, String address, List<PartyUpdate> parties) {
        this(parcelId, address, parties, null);
    }

    /** New values for one holder of the parcel; null fields stay as they are. */
    public record PartyUpdate(Long partyId, String name, String address, String idType, String idNumber) {
    }

    @Override
    public Set<Long> editedParcels() {
        return parcelId == null ? Set.of() : Set.of(parcelId);
    }
}
