package vn.landinfo.cadastre.model;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Parcels intersecting a box, optionally of one land-use purpose and one commune, paged by keyset on
 * the parcel id: {@code afterParcelId} is the last id of the previous page.
 */
public record AreaQuery(BoundingBox bbox, Optional<String> purposeCode, Optional<String> communeCode,
                        int limit, Optional<Long> afterParcelId, Optional<OffsetDateTime> asOf) {
}
