package vn.landinfo.web.ops;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.web.servlet.HandlerMapping;

/**
 * What tells requests apart beyond their route, for metrics and the request log: the OGC operation of a
 * request under {@code /ogc/} and the layer of a request under {@code /tiles/}. Every value comes from a
 * fixed list, so a client cannot grow the number of metric series (docs/decisions/0041-metrics-tags-are-bounded.md).
 *
 * <p>The operation is read from the raw query string, never through {@code getParameter}: a malformed
 * query must not fail here, and the value is only compared with known names.
 */
final class RequestTags {

    static final String NONE = "none";
    /** An OGC request without a REQUEST parameter. */
    static final String MISSING = "missing";
    /** A REQUEST, or a tile layer, that is not one landinfo knows. */
    static final String OTHER = "other";

    private static final List<String> OGC_OPERATIONS = List.of(
            "GetCapabilities", "GetMap", "GetFeatureInfo", "GetLegendGraphic", "DescribeLayer", "GetStyles",
            "GetFeature", "DescribeFeatureType", "GetPropertyValue", "Transaction");
    private static final String OPERATION_ATTRIBUTE = RequestTags.class.getName() + ".ogcOperation";

    private final Predicate<String> knownTileLayer;

    RequestTags(Predicate<String> knownTileLayer) {
        this.knownTileLayer = knownTileLayer;
    }

    /** GetMap, GetFeatureInfo, ... for an OGC request; {@code none} for any other. */
    String ogcOperation(HttpServletRequest request) {
        if (request.getAttribute(OPERATION_ATTRIBUTE) instanceof String known) {
            return known;
        }
        String operation = request.getRequestURI().startsWith("/ogc/") ? operation(request.getQueryString()) : NONE;
        request.setAttribute(OPERATION_ATTRIBUTE, operation);
        return operation;
    }

    /** The layer of a /tiles request when landinfo publishes it; {@code none} for any other request. */
    String tileLayer(HttpServletRequest request) {
        if (!request.getRequestURI().startsWith("/tiles/")) {
            return NONE;
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get("layer") instanceof String layer) {
            return knownTileLayer.test(layer) ? layer : OTHER;
        }
        return OTHER;
    }

    static String operation(String query) {
        if (query == null) {
            return MISSING;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq >= 0 && pair.substring(0, eq).equalsIgnoreCase("request")) {
                String value = pair.substring(eq + 1);
                return OGC_OPERATIONS.stream().filter(value::equalsIgnoreCase).findFirst().orElse(OTHER);
            }
        }
        return MISSING;
    }
}
