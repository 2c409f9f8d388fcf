package vn.landinfo.demo.application;

/**
 * How much past the demo register gets, in percent of the eligible current parcels of a commune.
 * Event percentages are ranges of one draw per parcel, so a parcel has at most one history event;
 * a split also consumes the neighbour it was split from.
 *
 * @param split       private house plots and fields that were one half of an earlier split
 * @param merge       private parcels that are the result of merging two earlier parcels
 * @param transfer    private parcels transferred, given or inherited in the past
 * @param purpose     rural house plots (ONT) whose purpose was changed from garden or paddy land
 * @param mortgage    private parcels with a current mortgage (about 12 % of them with a second, rank 2)
 * @param released    private parcels with a mortgage registered and released in the past
 * @param seizure     private parcels seized for enforcement of a judgment
 * @param dispute     private parcels under a registered dispute
 */
public record RegisterProfile(double split, double merge, double transfer, double purpose,
                              double mortgage, double released, double seizure, double dispute) {

    public RegisterProfile {
        for (double pct : new double[] {split, merge, transfer, purpose, mortgage, released, seizure, dispute}) {
            if (pct < 0 || pct > 100) {
                throw new IllegalArgumentException("percentages must be within 0..100");
            }
        }
        if (split + merge + transfer + purpose > 100 || mortgage + released > 100 || seizure + dispute > 100) {
            throw new IllegalArgumentException("exclusive percentages must add up to at most 100");
        }
    }

    /** Proportions that look like a Vietnamese register: a few percent of parcels per kind of change. */
    public static RegisterProfile realistic() {
        return new RegisterProfile(2, 1, 5, 4, 8, 4, 0.2, 0.3);
    }
}
