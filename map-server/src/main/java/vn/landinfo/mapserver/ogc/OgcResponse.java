package vn.landinfo.mapserver.ogc;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** What an OGC operation answers: status, media type, body and extra headers; the web layer writes it. */
public record OgcResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    public static OgcResponse ok(String contentType, byte[] body) {
        return new OgcResponse(200, contentType, body, Map.of());
    }

    public static OgcResponse text(int status, String contentType, String body) {
        return new OgcResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** An RFC 9457 problem (the answer of the services that are not OGC KVP operations: tiles, metadata). */
    public static OgcResponse problem(int status, String type, String title, String detail) {
        String body = "{\"type\":" + Json.string(type) + ",\"title\":" + Json.string(title) + ",\"status\":" + status
                + ",\"detail\":" + Json.string(detail) + "}";
        return new OgcResponse(status, "application/problem+json", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public OgcResponse withStatus(int newStatus) {
        return new OgcResponse(newStatus, contentType, body, headers);
    }

    public OgcResponse withHeader(String name, String value) {
        java.util.Map<String, String> h = new java.util.LinkedHashMap<>(headers);
        h.put(name, value);
        return new OgcResponse(status, contentType, body, Map.copyOf(h));
    }
}
