package vn.landinfo.mapserver.features.query;

import java.util.List;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.filter.Filter;

/**
 * One query of features, whichever service asked: WFS GetFeature / GetPropertyValue (one per wfs:Query) or OGC API
 * items. Compiled to SQL with bound values by {@code FeatureSql}; pages follow a stable order (the sort keys, then
 * the feature id and version), so walking every page returns every feature once.
 *
 * @param type        the feature type
 * @param filter      what to select ({@link Filter.Include} for everything)
 * @param when        which versions of the register ({@link RegisterTime.Current} unless history was asked for)
 * @param properties  the properties to return, by name; empty means all (the geometry is always kept for GeoJSON)
 * @param sortBy      sort keys before the stable tiebreak
 * @param startIndex  features to skip (0 the first)
 * @param count       at most this many features; services put their default or maximum here. Null writes no
 *                    LIMIT (exports only; FeatureSql, docs/decisions/0171-features-sql-compiler-history-and-paging.md)
 * @param outputCrs   the CRS coordinates are written in
 * @param axesSwapped write latitude first (EPSG:4326 by the letter in WFS 2.0 / 1.1 and GML with URN srsName)
 * @param after       the page starts after this key of the stable order instead of at {@code startIndex} (a walk's
 *                    {@code next} link; only without sort keys), or null
 */
public record FeatureQuery(FeatureType type, Filter filter, RegisterTime when, List<String> properties, List<SortKey> sortBy,
                           long startIndex, Integer count, MapCrs outputCrs, boolean axesSwapped, PageKey after) {

    public FeatureQuery {
        properties = List.copyOf(properties);
        sortBy = List.copyOf(sortBy);
    }

    /** A query whose page starts at {@code startIndex}. */
    public FeatureQuery(FeatureType type, Filter filter, RegisterTime when, List<String> properties, List<SortKey> sortBy,
                        long startIndex, Integer count, MapCrs outputCrs, boolean axesSwapped) {
        this(type, filter, when, properties, sortBy, startIndex, count, outputCrs, axesSwapped, null);
    }

    /** The same query for another page. */
    public FeatureQuery page(long newStartIndex, Integer newCount, PageKey newAfter) {
        return new FeatureQuery(type, filter, when, properties, sortBy, newStartIndex, newCount, outputCrs, axesSwapped, newAfter);
    }

    /**
     * Whether a walk can continue from a page's last key: only in the stable order itself. With sort keys a value can
     * change between two requests, so the next page is found by offset (decision 0188).
     */
    public boolean walksByKey() {
        return sortBy.isEmpty() && count != null;
    }
}
