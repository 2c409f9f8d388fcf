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
import vn.landinfo.mapserver.oapif.FeaturesService;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.wfs.WebFeatureService;
import vn.landinfo.mapserver.wfs.WfsCodes;
import vn.landinfo.mapserver.wms.WebMapService;

/**
 * Writes a {@link Problem}: RFC 9457 application/problem+json (type, title, status, detail, instance,
 * then the extension members), except under {@code /ogc/}: the WMS and the WFS answer their OGC exception reports,
 * OGC API – Features its own problem+json, which carries the OGC exception's {@code code} as well
 * (docs/decisions/0197-bad-input-matrix-for-wfs-and-ogc-api.md).
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
        OgcResponse report = isFeatures(path) ? featuresReport(p, path) : !isOgc(path) ? null : path.startsWith(WFS) ? wfsReport(p) : ogcReport(p);
        if (report != null) {
            return b.contentType(MediaType.parseMediaType(report.contentType())).body(report.body());
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

    /** OGC KVP services (WMS, WFS) read exception reports; OGC API – Features reads its problem+json. */
    static boolean isOgc(String path) {
        return path != null && path.startsWith(OGC) && !path.startsWith(OGC_API_FEATURES);
    }

    private static boolean isFeatures(String path) {
        return path != null && path.startsWith(OGC_API_FEATURES);
    }

    /**
     * The WFS 2.0 (OWS 1.1) report of a problem the container found under /ogc/wfs. A problem with the whole request
     * (its line, a header, its framing) is located at {@code request}, as the WFS locates an unreadable body.
     */
    private static OgcResponse wfsReport(Problem p) {
        String code = switch (p.type()) {
            case INVALID_PARAMETER -> OgcException.INVALID_PARAMETER_VALUE;
            case MALFORMED_REQUEST -> named(p) ? OgcException.INVALID_PARAMETER_VALUE : WfsCodes.OPERATION_PARSING_FAILED;
            case METHOD_NOT_ALLOWED -> OgcException.OPERATION_NOT_SUPPORTED;
            case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE, TOO_LARGE, URI_TOO_LONG, HEADERS_TOO_LARGE -> WfsCodes.OPERATION_PARSING_FAILED;
            case NOT_FOUND -> WfsCodes.NOT_FOUND;
            default -> OgcException.NO_APPLICABLE_CODE;
        };
        String locator = named(p) ? p.parameter() : "request";
        return WebFeatureService.report(OgcException.worded(code, locator, p.detail()), p.status());
    }

    /** OGC API – Features' problem+json (with the OGC exception code) of a problem found before the service ran. */
    private static OgcResponse featuresReport(Problem p, String path) {
        String code = switch (p.type()) {
            case INVALID_PARAMETER -> OgcException.INVALID_PARAMETER_VALUE;
            case MALFORMED_REQUEST -> named(p) ? OgcException.INVALID_PARAMETER_VALUE : WfsCodes.OPERATION_PARSING_FAILED;
            case METHOD_NOT_ALLOWED -> OgcException.OPERATION_NOT_SUPPORTED;
            case NOT_FOUND -> "NotFound";
            case NOT_ACCEPTABLE -> "NotAcceptable";
            default -> OgcException.NO_APPLICABLE_CODE;
        };
        return FeaturesService.report(OgcException.worded(code, named(p) ? p.parameter() : null, p.detail()), path, p.status());
    }

    /** The problem names a parameter (a nameless one, "=1", is a fault of the whole query). */
    private static boolean named(Problem p) {
        return p.parameter() != null && !p.parameter().isBlank();
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
