package vn.landinfo.rights.model;

/** A current restriction on a parcel: mortgage, seizure, dispute or planning. */
public record CurrentRestriction(long id, long parcelId, String kind, String description) {

    public boolean blocksTransfer() {
        return kind.equals("mortgage") || kind.equals("seizure") || kind.equals("dispute");
    }
}
