package vn.landinfo.transaction.application.command;

/**
 * A holder of a right: an existing party by id, or a new one; with its share (numerator/denominator,
 * default the whole, 1/1). Exactly one of {@code partyId} and {@code party} is given.
 */
public record HolderInput(Long partyId, NewParty party, Integer shareNumerator, Integer shareDenominator) {
}
