package vn.landinfo.mapserver.wfs;

import java.util.List;
import java.util.Locale;
import vn.landinfo.mapserver.ogc.OgcException;

/** The operations served, as the capabilities spell them; REQUEST values are matched case-insensitively. */
final class Operations {

    static final String GET_CAPABILITIES = "GetCapabilities";
    static final String DESCRIBE_FEATURE_TYPE = "DescribeFeatureType";
    static final String GET_FEATURE = "GetFeature";
    static final String GET_PROPERTY_VALUE = "GetPropertyValue";
    static final String LIST_STORED_QUERIES = "ListStoredQueries";
    static final String DESCRIBE_STORED_QUERIES = "DescribeStoredQueries";

    static final List<String> ALL = List.of(GET_CAPABILITIES, DESCRIBE_FEATURE_TYPE, GET_FEATURE, GET_PROPERTY_VALUE,
            LIST_STORED_QUERIES, DESCRIBE_STORED_QUERIES);

    private Operations() {
    }

    static String canonical(String request, String locator) {
        for (String op : ALL) {
            if (op.toLowerCase(Locale.ROOT).equals(request.trim().toLowerCase(Locale.ROOT))) {
                return op;
            }
        }
        boolean transactional = List.of("transaction", "lockfeature", "getfeaturewithlock", "getgmlobject", "createstoredquery",
                "dropstoredquery").contains(request.trim().toLowerCase(Locale.ROOT));
        // OWS Common Table 25: the locator of OperationNotSupported is the operation's name.
        throw new OgcException(WfsCodes.OPERATION_NOT_SUPPORTED, request.trim().length() <= 60 ? request.trim() : locator,
                "Không cung cấp thao tác " + WfsCodes.abbreviate(request) + (transactional ? " (dịch vụ chỉ đọc)" : "")
                        + "; hãy dùng " + String.join(", ", ALL),
                "the operation " + WfsCodes.abbreviate(request) + " is not offered" + (transactional ? " (read-only service)" : "")
                        + "; use " + String.join(", ", ALL));
    }
}
