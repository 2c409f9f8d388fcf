package vn.landinfo.mapserver.features.query;

import java.util.Optional;
import vn.landinfo.mapserver.features.FeatureType;

/**
 * Where the previous page of a walk ended: the last feature's key in the stable order when no sort keys are asked
 * for (the id, then the version for rows read from the history). A page that starts after it returns every feature
 * whose key is greater, so features that were neither added nor removed between two requests are returned exactly
 * once however the register changed meanwhile (docs/decisions/0188-paging-walks-by-the-stable-key.md).
 *
 * @param id      the id column's value, typed as the column is (Long or String)
 * @param version the version, or null for the current register
 */
public record PageKey(Object id, Integer version) {

    /** The key a feature's local id names ({@code 123}, {@code 123.2}); empty when it names none of this type. */
    public static Optional<PageKey> parse(FeatureType type, String localId) {
        return ResourceIdSql.parse(type, type.name() + "." + localId).map(p -> new PageKey(p.id(), p.version()));
    }
}
