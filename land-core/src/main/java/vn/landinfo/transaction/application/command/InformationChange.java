package vn.landinfo.transaction.application.command;

import java.util.List;
import java.util.Set;

/**
 * Thay đổi thông tin: the parcel's address, or a holder's name, address or identifier (a new citizen ID
 * replacing an old identity card), without any change of rights.
 */
public record InformationChange(Long parcelId, String address, List<PartyUpdate> parties) implements ChangeCommand {

    /** New values for one holder of the parcel; null fields stay as they are. */
    public record PartyUpdate(Long partyId, String name, String address, String idType, String idNumber) {
    }

    @Override
    public Set<Long> editedParcels() {
        return parcelId == null ? Set.of() : Set.of(parcelId);
    }
}
