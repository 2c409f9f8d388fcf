package vn.landinfo.mapserver.wfs;

import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import vn.landinfo.mapserver.features.query.SortKey;

/**
 * One WFS request, read from KVP or from an XML body into the same record, so each operation answers both encodings
 * alike (the "KVP and POST give the same answers" tests compare them).
 *
 * @param operation      the operation, spelled as in the capabilities (GetFeature, …)
 * @param version        the version the request is read and answered in
 * @param acceptVersions GetCapabilities' AcceptVersions (or 1.0's VERSION) as sent; null when absent
 * @param typeNames      DescribeFeatureType's type names (empty: all)
 * @param outputFormat   as sent, null for the version's default
 * @param hits           resultType=hits
 * @param startIndex     null when absent
 * @param count          count (2.0) or maxFeatures (1.1, 1.0); null when absent
 * @param valueReference GetPropertyValue's valueReference
 * @param queries        GetFeature / GetPropertyValue's queries (empty for a stored query)
 * @param storedQuery    a StoredQuery call, or null
 * @param storedQueryIds DescribeStoredQueries' ids (empty: all)
 * @param kvp            the KVP parameters as sent (for paging links), null for an XML request
 */
public record WfsRequest(String operation, WfsVersion version, String acceptVersions, List<String> typeNames, String outputFormat,
                         boolean hits, Long startIndex, Integer count, String valueReference, List<Query> queries,
                         StoredQueryCall storedQuery, List<String> storedQueryIds, Map<String, String> kvp) {

    public WfsRequest {
        typeNames = List.copyOf(typeNames);
        queries = List.copyOf(queries);
        storedQueryIds = List.copyOf(storedQueryIds);
    }

    /**
     * One wfs:Query (or its KVP spelling) before it is checked against the feature types.
     *
     * @param typeNames     type names as sent, prefixes stripped (empty when resource ids name the type)
     * @param srsName       null for the default CRS
     * @param propertyNames empty for all
     * @param filter        fes:Filter / ogc:Filter element, or null
     * @param bbox          the KVP BBOX value, or null
     * @param resourceIds   KVP RESOURCEID / FEATUREID values
     */
    public record Query(List<String> typeNames, String srsName, List<String> propertyNames, List<SortKey> sortBy, Element filter,
                        String bbox, List<String> resourceIds) {
        public Query {
            typeNames = List.copyOf(typeNames);
            propertyNames = List.copyOf(propertyNames);
            sortBy = List.copyOf(sortBy);
            resourceIds = List.copyOf(resourceIds);
        }
    }

    /** A StoredQuery: its id and its parameters by name. */
    public record StoredQueryCall(String id, Map<String, String> parameters) {
        public StoredQueryCall {
            parameters = Map.copyOf(parameters);
        }
    }
}
