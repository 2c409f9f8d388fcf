package vn.landinfo.cadastre.model;

/** A parcel exists but has no version with this number (versions run from 1 to {@code latest}). */
public final class UnknownParcelVersion extends RuntimeException {

    private final long parcelId;
    private final int version;
    private final int latest;

    public UnknownParcelVersion(long parcelId, int version, int latest) {
        super("parcel " + parcelId + " has no version " + version + " (its versions are 1.." + latest + ")");
        this.parcelId = parcelId;
        this.version = version;
        this.latest = latest;
    }

    public long parcelId() {
        return parcelId;
    }

    public int version() {
        return version;
    }

    public int latest() {
        return latest;
    }
}
