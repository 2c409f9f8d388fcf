package vn.landinfo.web.problem;

import java.net.URI;

/**
 * Every kind of problem the web layer answers, with its HTTP status and its title (Vietnamese, then
 * English). The type URIs are stable: clients branch on them (docs/decisions/0050-one-problem-table.md).
 */
public enum ProblemType {
    MALFORMED_REQUEST(400, "malformed-request", "Yêu cầu sai cú pháp", "Malformed request"),
    INVALID_PARAMETER(400, "invalid-parameter", "Tham số không hợp lệ", "Invalid parameter"),
    INVALID_CHANGE(400, "invalid-change", "Nội dung thay đổi không hợp lệ", "Invalid change"),
    NOT_PERMITTED(403, "not-permitted", "Không được phép", "Not permitted"),
    NOT_FOUND(404, "not-found", "Không tìm thấy", "Not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Phương thức không được phép", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Không có định dạng trả lời phù hợp", "Not acceptable"),
    CONFLICT(409, "conflict", "Xung đột với giao dịch đồng thời", "Conflict with a concurrent transaction"),
    ILLEGAL_TRANSITION(409, "illegal-transition", "Bước không hợp lệ với trạng thái giao dịch",
            "Step not allowed in the transaction's status"),
    IDEMPOTENCY_IN_FLIGHT(409, "idempotency-in-flight", "Yêu cầu cùng khóa đang được xử lý", "Request with this key still running"),
    PARCEL_RETIRED(410, "parcel-retired", "Thửa đất đã chấm dứt", "Parcel retired"),
    STALE_VERSION(412, "stale-version", "Phiên bản thửa đất đã cũ", "Parcel version is stale"),
    STALE_REVISION(412, "stale-revision", "Giao dịch đã thay đổi", "Transaction changed"),
    TOO_LARGE(413, "too-large", "Yêu cầu quá lớn", "Request too large"),
    URI_TOO_LONG(414, "uri-too-long", "Địa chỉ yêu cầu quá dài", "Request URI too long"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Định dạng không được hỗ trợ", "Unsupported media type"),
    RULE_VIOLATIONS(422, "rule-violations", "Thay đổi vi phạm quy định của sổ địa chính", "The change breaks register rules"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Khóa Idempotency-Key đã dùng cho yêu cầu khác", "Idempotency-Key reused"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Thiếu điều kiện If-Match", "If-Match required"),
    HEADERS_TOO_LARGE(431, "headers-too-large", "Tiêu đề yêu cầu quá lớn", "Request headers too large"),
    INTERNAL(500, "internal-error", "Lỗi hệ thống", "Internal error"),
    UNAVAILABLE(503, "unavailable", "Tạm thời không phục vụ được", "Service unavailable");

    private static final String URN = "urn:landinfo:problem:";

    private final int status;
    private final String slug;
    private final String titleVi;
    private final String titleEn;

    ProblemType(int status, String slug, String titleVi, String titleEn) {
        this.status = status;
        this.slug = slug;
        this.titleVi = titleVi;
        this.titleEn = titleEn;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return URI.create(URN + slug);
    }

    public String title() {
        return titleVi + " / " + titleEn;
    }

    /** The type a bare HTTP status stands for, when nothing more is known (an error raised by the container). */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 403 -> NOT_PERMITTED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> STALE_VERSION;
            case 413 -> TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 428 -> PRECONDITION_REQUIRED;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> UNAVAILABLE;
            default -> status >= 500 ? INTERNAL : MALFORMED_REQUEST;
        };
    }
}
