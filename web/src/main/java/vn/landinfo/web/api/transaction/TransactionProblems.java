package vn.landinfo.web.api.transaction;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.landinfo.transaction.application.TransactionRejected;
import vn.landinfo.transaction.model.IllegalTransition;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.NotPermitted;
import vn.landinfo.transaction.model.StaleRevision;
import vn.landinfo.transaction.model.StaleVersion;
import vn.landinfo.web.api.BadParameter;
import vn.landinfo.web.api.NotFound;

/**
 * Every error of the transaction endpoints as RFC 9457 problem+json, each type with its status: a
 * malformed change 400 naming the field and its JSON pointer, unknown things 404, a body or geometry
 * too large 413, broken rules 422 with every violation and the would-be parcels, preconditions 428/412,
 * a race lost at commit or a step the transaction's status does not allow 409, the four-eyes rule 403.
 * Rendered here (not by Spring) so an idempotent request can store and replay the very same bytes.
 * Anything else falls through to the API-wide handler (a logged 500 that says nothing internal).
 */
@RestControllerAdvice(basePackageClasses = TransactionProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TransactionProblems {

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String URN = "urn:landinfo:problem:";
    private static final Logger log = LoggerFactory.getLogger(TransactionProblems.class);

    private final ObjectMapper json;
    private final TransactionJson bodies;

    TransactionProblems(ObjectMapper json, TransactionJson bodies) {
        this.json = json;
        this.bodies = bodies;
    }

    @ExceptionHandler({InvalidChange.class, InvalidBody.class, TransactionRejected.class, StaleVersion.class, StaleRevision.class,
            IllegalTransition.class, NotPermitted.class, PreconditionRequired.class, IdempotencyKeys.InFlight.class,
            IdempotencyKeys.Reused.class, RequestBodies.TooLarge.class, RequestBodies.NotJson.class,
            ConcurrencyFailureException.class, DataIntegrityViolationException.class, BadParameter.class, NotFound.class})
    ResponseEntity<byte[]> handle(RuntimeException e, HttpServletRequest request) {
        return render(e, request).orElseThrow(() -> e);
    }

    /** The problem response for a known failure; empty for anything else. */
    Optional<ResponseEntity<byte[]>> render(RuntimeException e, HttpServletRequest request) {
        ResponseEntity<byte[]> r = null;
        if (e instanceof InvalidChange x) {
            r = invalidChange(x, request);
        } else if (e instanceof InvalidBody x) {
            ObjectNode p = problem(HttpStatus.BAD_REQUEST, "invalid-change", "Nội dung thay đổi không hợp lệ / Invalid change",
                    "Trường '" + x.field + "' không hợp lệ. / " + x.getMessage(), request);
            p.put("field", x.field);
            p.put("pointer", x.pointer);
            r = send(HttpStatus.BAD_REQUEST, p);
        } else if (e instanceof TransactionRejected x) {
            r = rejected(x, request);
        } else if (e instanceof StaleVersion x) {
            r = stale(x, request);
        } else if (e instanceof StaleRevision x) {
            ObjectNode p = problem(HttpStatus.PRECONDITION_FAILED, "stale-revision", "Giao dịch đã thay đổi / Transaction changed",
                    "Giao dịch " + x.transactionId() + " đã ở lần sửa " + x.current() + ", không phải " + x.expected()
                            + "; hãy tải lại. / " + x.getMessage(), request);
            p.put("revision", x.current());
            p.put("etag", EntityTags.transaction(x.transactionId(), x.current()));
            r = send(HttpStatus.PRECONDITION_FAILED, p);
        } else if (e instanceof IllegalTransition x) {
            r = send(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "illegal-transition",
                    "Bước không hợp lệ với trạng thái giao dịch / Step not allowed in the transaction's status",
                    "Không thực hiện được ở trạng thái hiện tại của giao dịch. / " + x.getMessage(), request));
        } else if (e instanceof NotPermitted x) {
            r = send(HttpStatus.FORBIDDEN, problem(HttpStatus.FORBIDDEN, "not-permitted",
                    "Không được phép / Not permitted", x.messageVi() + " / " + x.messageEn(), request));
        } else if (e instanceof PreconditionRequired x) {
            ObjectNode p = problem(HttpStatus.PRECONDITION_REQUIRED, "precondition-required",
                    "Thiếu điều kiện If-Match / If-Match required",
                    "Cần gửi If-Match với ETag của từng thửa được sửa (hoặc của giao dịch nháp). / " + x.getMessage(), request);
            x.parcels.forEach(p.putArray("parcels")::add);
            r = send(HttpStatus.PRECONDITION_REQUIRED, p);
        } else if (e instanceof IdempotencyKeys.InFlight x) {
            ResponseEntity<byte[]> base = send(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "idempotency-in-flight",
                    "Yêu cầu cùng khóa đang được xử lý / Request with this key still running",
                    "Yêu cầu đầu tiên với Idempotency-Key này chưa xong; hãy thử lại sau. / "
                            + "The first request with this Idempotency-Key is still running; retry shortly.", request));
            r = ResponseEntity.status(base.getStatusCode()).headers(base.getHeaders()).header(HttpHeaders.RETRY_AFTER, "1").body(base.getBody());
        } else if (e instanceof IdempotencyKeys.Reused x) {
            r = send(HttpStatus.UNPROCESSABLE_CONTENT, problem(HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused", "Khóa Idempotency-Key đã dùng cho yêu cầu khác / Idempotency-Key reused",
                    "Idempotency-Key này đã được dùng cho một yêu cầu khác (khác nội dung hoặc địa chỉ); hãy dùng khóa mới. / "
                            + "This Idempotency-Key was used for a different request (other body or endpoint); use a new key.", request));
        } else if (e instanceof RequestBodies.TooLarge x) {
            r = send(HttpStatus.CONTENT_TOO_LARGE, problem(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                    "Yêu cầu quá lớn / Request too large",
                    "Nội dung yêu cầu vượt quá " + x.limit + " byte. / The request body exceeds " + x.limit + " bytes.", request));
        } else if (e instanceof RequestBodies.NotJson x) {
            r = send(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported-media-type", "Định dạng không được hỗ trợ / Unsupported media type",
                    "Nội dung phải là JSON (application/json), nhận được " + x.contentType + ". / The body must be JSON "
                            + "(application/json), got " + x.contentType + ".", request));
        } else if (e instanceof ConcurrencyFailureException x) {
            r = raced(x, request);
        } else if (e instanceof DataIntegrityViolationException x) {
            r = raced(x, request);
        } else if (e instanceof BadParameter x) {
            ObjectNode p = problem(HttpStatus.BAD_REQUEST, "invalid-parameter", "Tham số không hợp lệ / Invalid parameter", x.getMessage(), request);
            p.put("parameter", x.parameter());
            if (x.given() != null) {
                p.put("value", x.given());
            }
            r = send(HttpStatus.BAD_REQUEST, p);
        } else if (e instanceof NotFound x) {
            r = send(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, "not-found", "Không tìm thấy / Not found",
                    x.getMessage(), request));
        }
        return Optional.ofNullable(r);
    }

    private ResponseEntity<byte[]> invalidChange(InvalidChange x, HttpServletRequest request) {
        HttpStatus status = switch (x.reason()) {
            case MALFORMED -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case TOO_LARGE -> HttpStatus.CONTENT_TOO_LARGE;
        };
        String type = switch (x.reason()) {
            case MALFORMED -> "invalid-change";
            case NOT_FOUND -> "not-found";
            case TOO_LARGE -> "too-large";
        };
        String title = switch (x.reason()) {
            case MALFORMED -> "Nội dung thay đổi không hợp lệ / Invalid change";
            case NOT_FOUND -> "Không tìm thấy / Not found";
            case TOO_LARGE -> "Dữ liệu quá lớn / Too large";
        };
        String vi = switch (x.reason()) {
            case MALFORMED -> "Trường '" + x.field() + "' không hợp lệ";
            case NOT_FOUND -> "Không tìm thấy đối tượng mà trường '" + x.field() + "' chỉ tới";
            case TOO_LARGE -> "Trường '" + x.field() + "' quá lớn";
        };
        ObjectNode p = problem(status, type, title, vi + ". / " + x.getMessage(), request);
        p.put("field", x.field());
        String pointer = pointer(x.field());
        if (pointer != null) {
            p.put("pointer", pointer);
        }
        return send(status, p);
    }

    private ResponseEntity<byte[]> rejected(TransactionRejected x, HttpServletRequest request) {
        var codes = x.outcome().violations().stream().map(v -> v.code()).distinct().toList();
        // The request fields the violations are about (a drawn polygon), named in the detail too.
        var fields = x.outcome().violations().stream().map(v -> v.field()).filter(f -> f != null).distinct().toList();
        String vi = fields.isEmpty() ? "" : " ở " + String.join(", ", fields);
        String en = fields.isEmpty() ? "" : " in " + String.join(", ", fields);
        ObjectNode p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "rule-violations",
                "Thay đổi vi phạm quy định của sổ địa chính / The change breaks register rules",
                x.outcome().violations().size() + " vi phạm " + codes + vi + "; không có gì được ghi. / "
                        + x.outcome().violations().size() + " rule violation(s) " + codes + en + "; nothing was written.", request);
        p.put("kind", x.outcome().kind().code());
        p.set("violations", bodies.violations(x.outcome()));
        p.set("parcels", bodies.parcels(x.outcome()));
        return send(HttpStatus.UNPROCESSABLE_CONTENT, p);
    }

    private ResponseEntity<byte[]> stale(StaleVersion x, HttpServletRequest request) {
        HttpStatus status = x.atCommit() ? HttpStatus.CONFLICT : HttpStatus.PRECONDITION_FAILED;
        ObjectNode p = problem(status, x.atCommit() ? "conflict" : "stale-version",
                x.atCommit() ? "Xung đột với giao dịch đồng thời / Conflict with a concurrent transaction"
                        : "Phiên bản thửa đất đã cũ / Parcel version is stale",
                (x.atCommit() ? "Một giao dịch khác vừa thay đổi cùng thửa đất; không có gì được ghi, hãy tải lại và thử lại. / "
                        : "If-Match không nêu đúng phiên bản hiện tại của mọi thửa được sửa; không có gì được ghi. / ") + x.getMessage(),
                request);
        ArrayNode parcels = p.putArray("parcels");
        for (StaleVersion.Mismatch m : x.mismatches()) {
            ObjectNode n = parcels.addObject();
            n.put("parcelId", m.parcelId());
            if (m.expected() == null) {
                n.putNull("expected");
            } else {
                n.put("expected", m.expected());
            }
            n.put("current", m.current());
            n.put("etag", EntityTags.parcel(m.parcelId(), m.current()));
        }
        return send(status, p);
    }

    private ResponseEntity<byte[]> raced(RuntimeException x, HttpServletRequest request) {
        // A lock or constraint conflict between two concurrent writers; nothing of this request was committed.
        log.warn("transaction request lost a database race: {}", x.getMessage());
        return send(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, "conflict",
                "Xung đột với giao dịch đồng thời / Conflict with a concurrent transaction",
                "Một giao dịch khác đồng thời thay đổi cùng dữ liệu; không có gì được ghi, hãy tải lại và thử lại. / "
                        + "A concurrent transaction changed the same data; nothing was written, reload and try again.", request));
    }

    /** JSON pointer of a field named in the handlers' style ("purposes[0].area" inside the change, or an envelope field). */
    static String pointer(String field) {
        if (field == null || field.equals("id")) {
            return null;
        }
        if (TransactionBodies.ENVELOPE.contains(field)) {
            return "/" + field;
        }
        return "/change/" + field.replaceAll("\\[(\\d+)]", ".$1").replace('.', '/').replaceAll("^/", "");
    }

    private ObjectNode problem(HttpStatus status, String type, String title, String detail, HttpServletRequest request) {
        ObjectNode p = json.createObjectNode();
        p.put("type", URI.create(URN + type).toString());
        p.put("title", title);
        p.put("status", status.value());
        p.put("detail", detail);
        p.put("instance", request.getRequestURI());
        return p;
    }

    private ResponseEntity<byte[]> send(HttpStatus status, ObjectNode body) {
        return ResponseEntity.status(status).contentType(PROBLEM).body(body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
