package vn.landinfo.mapserver.oapif;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One request to the OGC API – Features endpoint, as the web layer hands it over: the path below
 * {@code /ogc/features}, the query parameters with every value they were given (OGC API parameter names are
 * case-sensitive, unlike OGC KVP), the Accept header, and the endpoint's absolute URL as the client reached it
 * (links in the answers are absolute).
 */
public record FeaturesRequest(String path, Map<String, List<String>> query, String accept, String baseUrl) {

    public FeaturesRequest {
        path = path == null ? "" : path;
        Map<String, List<String>> q = new LinkedHashMap<>();
        (query == null ? Map.<String, List<String>>of() : query).forEach((k, v) -> q.put(k, List.copyOf(v)));
        query = java.util.Collections.unmodifiableMap(q);
        accept = accept == null ? "" : accept;
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** From a servlet-style map (name to values). */
    public static FeaturesRequest of(String path, Map<String, String[]> raw, String accept, String baseUrl) {
        Map<String, List<String>> q = new LinkedHashMap<>();
        raw.forEach((k, v) -> q.put(k, List.of(v)));
        return new FeaturesRequest(path, q, accept, baseUrl);
    }

    /**
     * The single value of a parameter, trimmed; empty when absent. Given twice it is refused: which one a
     * server should take is not defined, and guessing would answer a question the client did not ask.
     */
    public Optional<String> param(String name) {
        List<String> values = query.get(name);
        if (values == null || values.isEmpty()) {
            return Optional.empty();
        }
        if (values.size() > 1) {
            throw Problems.badParameter(name, "Tham số " + name + " chỉ được cho một lần",
                    "the parameter " + name + " may be given only once");
        }
        return Optional.of(values.get(0).trim());
    }

    /**
     * Refuses every parameter the operation does not define (docs/decisions/0180-ogc-api-features-paging-time-parameters.md):
     * the standard lets a server ignore or refuse them; refusing says at once that a misspelt {@code bbbox}
     * filtered nothing.
     */
    public void allowOnly(Set<String> known) {
        for (String name : query.keySet()) {
            if (!known.contains(name)) {
                throw Problems.badParameter(name, "Tham số không được hỗ trợ: " + Problems.abbreviate(name) + "; các tham số dùng được: "
                                + String.join(", ", known.stream().sorted().toList()),
                        "unknown parameter " + Problems.abbreviate(name) + "; the parameters of this resource are: "
                                + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }
}
