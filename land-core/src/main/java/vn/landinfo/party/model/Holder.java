package vn.landinfo.party.model;

/** A party holding a right, with its share (numerator/denominator). */
public record Holder(long partyId, int shareNumerator, int shareDenominator) {

    public static Holder whole(long partyId) {
        return new Holder(partyId, 1, 1);
    }
}
