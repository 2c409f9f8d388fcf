package vn.landinfo.mapserver.oapif;

import java.nio.charset.StandardCharsets;
import vn.landinfo.mapserver.ogc.Json;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * The refusals of the OGC API: RFC 9457 problem+json (the exception JSON of OGC 17-069r4 §7.5.1 is its subset:
 * {@code code}, {@code description}), with the OGC exception code and the parameter as extension members. The
 * detail is worded Vietnamese first, then English.
 */
final class Problems {

    static final String TYPE_BASE = "https://landinfo.gov.vn/problems/ogc-api/";

    private Problems() {
    }

    static OgcException badParameter(String parameter, String vi, String en) {
        return new OgcException(OgcException.INVALID_PARAMETER_VALUE, parameter, vi, en);
    }

    static OgcException notFound(String vi, String en) {
        return new NotFound(vi, en);
    }

    /** The problem document of a refusal, with the request path as {@code instance}. */
    static OgcResponse of(OgcException e, String instance) {
        return of(e, instance, e.httpStatus());
    }

    /**
     * With the HTTP status the caller already knows: what the container refused before the service ran (a method
     * not offered, headers over the limit) is written in the same document as the service's own refusals.
     */
    static OgcResponse of(OgcException e, String instance, int status) {
        String type = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 414, 431 -> "too-long";
            case 415 -> "unsupported-media-type";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal-error" : e.locator() == null ? "malformed-request" : "invalid-parameter";
        };
        String title = switch (status) {
            case 404 -> "Không tìm thấy / Not found";
            case 405 -> "Phương thức không được phép / Method not allowed";
            case 406 -> "Không có định dạng được yêu cầu / Not acceptable";
            case 413 -> "Yêu cầu quá lớn / Request too large";
            case 414, 431 -> "Dòng yêu cầu hoặc tiêu đề quá dài / Request line or headers too long";
            case 415 -> "Định dạng không được hỗ trợ / Unsupported media type";
            case 503 -> "Dịch vụ tạm thời không đáp ứng được / Service unavailable";
            default -> status >= 500 ? "Lỗi hệ thống / Internal error"
                    : e.locator() == null ? "Yêu cầu sai cú pháp / Malformed request" : "Tham số không hợp lệ / Invalid parameter";
        };
        StringBuilder b = new StringBuilder(256).append("{\"type\":").append(Json.string(TYPE_BASE + type))
                .append(",\"title\":").append(Json.string(title))
                .append(",\"status\":").append(status)
                .append(",\"detail\":").append(Json.string(e.getMessage()))
                .append(",\"instance\":").append(Json.string(instance))
                .append(",\"code\":").append(Json.string(e.code()))
                .append(",\"description\":").append(Json.string(e.getMessage()));
        if (e.locator() != null) {
            b.append(",\"parameter\":").append(Json.string(e.locator()));
        }
        b.append('}');
        return new OgcResponse(status, "application/problem+json", b.toString().getBytes(StandardCharsets.UTF_8), java.util.Map.of());
    }

    /** A client's text quoted in a message, cut short so a huge parameter does not become a huge answer. */
    static String abbreviate(String s) {
        String t = s.length() > 60 ? s.substring(0, 57) + "…" : s;
        return "«" + t + "»";
    }

    /** 404: a collection or feature that does not exist (for this audience). */
    static final class NotFound extends OgcException {
        NotFound(String vi, String en) {
            super("NotFound", null, vi, en);
        }

        @Override
        public int httpStatus() {
            return 404;
        }
    }

    /** 406: the client accepts none of the representations the resource has (f= names one that does not exist). */
    static final class NotAcceptable extends OgcException {
        NotAcceptable(String parameter, String vi, String en) {
            super("NotAcceptable", parameter, vi, en);
        }

        @Override
        public int httpStatus() {
            return 406;
        }
    }
}
