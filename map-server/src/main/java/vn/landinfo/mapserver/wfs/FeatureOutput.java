package vn.landinfo.mapserver.wfs;

import java.util.List;
import vn.landinfo.mapserver.features.query.FeatureQuery;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * Runs planned queries and writes their answer: the seam between the WFS (which only reads requests into
 * {@link FeatureQuery}s) and the features package's SQL and encoders.
 */
public interface FeatureOutput {

    /**
     * A GetFeature / GetPropertyValue answer.
     *
     * @param version        the WFS version (the collection element and its attributes differ)
     * @param format         the encoding
     * @param queries        one per query, already checked against the feature types
     * @param hits           resultType=hits: numberMatched only
     * @param bare           GetFeatureById: the one feature itself, NotFound when there is none
     * @param valueReference GetPropertyValue's property, or null for GetFeature
     * @param links          the next / previous page URLs of a KVP request (either null), to be written only when
     *                       that page exists (next: when the page was full and more match)
     * @param schemaLocation the xsi:schemaLocation of a GML feature collection (the WFS schema and this service's
     *                       DescribeFeatureType), or null
     */
    OgcResponse write(WfsVersion version, OutputFormat format, List<FeatureQuery> queries, boolean hits, boolean bare,
                      String valueReference, PageLinks links, String schemaLocation);

    /** How many features the queries select together, counted no further than {@code limit}. */
    long matchedUpTo(List<FeatureQuery> queries, long limit);

    /** Paging links of a KVP request; either may be null. */
    record PageLinks(String next, String previous) {
        public static final PageLinks NONE = new PageLinks(null, null);
    }
}
