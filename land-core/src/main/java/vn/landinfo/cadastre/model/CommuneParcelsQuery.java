package vn.landinfo.cadastre.model;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * Every current parcel of a commune, optionally of one map sheet number and/or one survey unit, a page at a
 * time by keyset on the parcel id: {@code afterParcelId} is the last id of the previous page.
 */
public record CommuneParcelsQuery(String communeCode, OptionalInt sheetNumber, Optional<String> surveyUnitCode,
                                  int limit, Optional<Long> afterParcelId) {

    public CommuneParcelsQuery {
        if (!LegalAddress.isCommuneCode(communeCode)) {
            throw new IllegalArgumentException("commune code must be 5 digits, got " + communeCode);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, got " + limit);
        }
    }
}
