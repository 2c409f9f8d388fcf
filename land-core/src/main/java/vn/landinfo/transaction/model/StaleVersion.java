package vn.landinfo.transaction.model;

import java.util.List;

/**
 * The caller edited from a version that is no longer current. {@code atCommit} false: found when the
 * request arrived, against its If-Match (HTTP 412); true: another transaction committed on the same
 * parcels while this one ran (HTTP 409). Either way nothing was written: never a lost update.
 */
public final class StaleVersion extends RuntimeException {

    /** A parcel whose current version differs from the one the caller expected. */
    public record Mismatch(long parcelId, Integer expected, int current) {
    }

    private final boolean atCommit;
    private final transient List<Mismatch> mismatches;

    public StaleVersion(boolean atCommit, List<Mismatch> mismatches, String message) {
        super(message);
        this.atCommit = atCommit;
        this.mismatches = List.copyOf(mismatches);
    }

    public boolean atCommit() {
        return atCommit;
    }

    public List<Mismatch> mismatches() {
        return mismatches;
    }
}
