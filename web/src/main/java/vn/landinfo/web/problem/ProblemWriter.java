package vn.landinfo.web.problem;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.wfs.WebFeatureService;
import vn.landinfo.mapserver.wms.WebMapService;

/**
 * Writes a {@link Problem}: RFC 9457 application/problem+json (type, title, status, detail, instance,
 * then the extension members), except under {@code /ogc/} (but not OGC API – Features, which speaks problem+json), where
 * clients read OGC exception reports.
 * Static and framework-free, so the container's error valve, which runs outside Spring, writes the same.
 */
public final class ProblemWriter {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OGC = "/ogc/";
    private static final String WFS = "/ogc/wfs";
    private static final String OGC_API_FEATURES = "/ogc/features";

    private ProblemWriter() {
    }

    /** The problem+json document, with {@code instance} the request's path. */
    public static byte[] json(Problem p, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", p.type().uri().toString());
        body.put("title", p.type().title());
        body.put("status", p.status());
        body.put("detail", p.detail());
        body.put("instance", instance);
        p.properties().forEach(body::putIfAbsent);
        return JSON.writeValueAsBytes(body);
    }

    /** The response to a request for {@code path}: a problem, or an OGC exception report for an OGC service. */
    public static ResponseEntity<byte[]> entity(Problem p, String path) {
        ResponseEntity.BodyBuilder b = ResponseEntity.status(HttpStatus.valueOf(p.status()));
        p.headers().forEach(b::header);
        if (isOgc(path)) {
            OgcResponse r = path.startsWith(WFS) ? wfsReport(p) : ogcReport(p);
            return b.contentType(MediaType.parseMediaType(r.contentType())).body(r.body());
        }
        return b.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(json(p, path));
    }

    /** Writes the answer straight to a servlet response (filters, the error controller, the container's valve). */
    public static void write(Problem p, String path, HttpServletResponse response) throws IOException {
        ResponseEntity<byte[]> e = entity(p, path);
        response.setStatus(e.getStatusCode().value());
        e.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        byte[] body = e.getBody();
        response.setContentLength(body.length);
        try (OutputStream out = response.getOutputStream()) {
            out.write(body);
        }
    }

    /** OGC KVP services (WMS, WFS) read exception reports; OGC API – Features reads problem+json like the REST API. */
    static boolean isOgc(String path) {
        return path != null && path.startsWith(OGC) && !path.startsWith(OGC_API_FEATURES);
    }

    /** The WFS 2.0 (OWS 1.1) report of a problem the container found under /ogc/wfs. */
    private static OgcResponse wfsReport(Problem p) {
        String code = switch (p.type()) {
            case INVALID_PARAMETER, MALFORMED_REQUEST -> OgcException.INVALID_PARAMETER_VALUE;
            case METHOD_NOT_ALLOWED -> OgcException.OPERATION_NOT_SUPPORTED;
            case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> "OperationParsingFailed";
            default -> OgcException.NO_APPLICABLE_CODE;
        };
        return WebFeatureService.report(OgcException.worded(code, p.parameter(), p.detail()), p.status());
    }

    /** WMS 1.3.0's report: a parameter problem is InvalidParameterValue with the parameter as locator. */
    private static OgcResponse ogcReport(Problem p) {
        String code = switch (p.type()) {
            case INVALID_PARAMETER, MALFORMED_REQUEST -> OgcException.INVALID_PARAMETER_VALUE;
            case METHOD_NOT_ALLOWED -> OgcException.OPERATION_NOT_SUPPORTED;
            case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE -> OgcException.INVALID_FORMAT;
            default -> OgcException.NO_APPLICABLE_CODE;
        };
        return WebMapService.report(OgcException.worded(code, p.parameter(), p.detail())).withStatus(p.status());
    }
}
