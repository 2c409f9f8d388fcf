package vn.landinfo.web.problem.catalogue;

import jakarta.servlet.ServletException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.landinfo.mapserver.tiles.TileException;
import vn.landinfo.transaction.application.TransactionRejected;
import vn.landinfo.transaction.model.IllegalTransition;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.NotPermitted;
import vn.landinfo.transaction.model.StaleRevision;
import vn.landinfo.transaction.model.StaleVersion;
import vn.landinfo.web.api.BadParameter;
import vn.landinfo.web.api.NotFound;
import vn.landinfo.web.api.ParcelGone;
import vn.landinfo.web.api.transaction.IdempotencyKeys;
import vn.landinfo.web.api.transaction.InvalidBody;
import vn.landinfo.web.api.transaction.PreconditionRequired;
import vn.landinfo.web.api.transaction.RequestBodies;
import vn.landinfo.web.problem.MalformedRequest;
import vn.landinfo.web.problem.Problem;
import vn.landinfo.web.problem.ProblemType;
import vn.landinfo.web.problem.Problems;
import vn.landinfo.web.problem.RegisterProblemDetails;

/**
 * The one table from every exception that reaches the web layer to its problem: status and type come
 * from {@link ProblemType}, the detail and extension members from the exception. The nearest mapped
 * superclass wins; Spring's own {@link ErrorResponse}s keep their status; anything else is an internal
 * error that says nothing internal (docs/decisions/0050-one-problem-table.md).
 */
public final class ProblemCatalogue implements Problems {

    private static final Logger log = LoggerFactory.getLogger(ProblemCatalogue.class);

    static final Problem INTERNAL = Problem.of(ProblemType.INTERNAL,
            "Lỗi hệ thống; yêu cầu không được thực hiện, vui lòng thử lại sau.",
            "Internal error; the request was not carried out, please try again later.");

    private final Map<Class<?>, Function<Throwable, Problem>> table = new LinkedHashMap<>();
    private final RegisterProblemDetails register;

    public ProblemCatalogue(RegisterProblemDetails register) {
        this.register = register;
        requestShape();
        register();
        mapServices();
        springMvc();
    }

    /** The problem for {@code e}, unwrapping servlet exceptions; {@link ProblemType#INTERNAL} when nothing maps it. */
    @Override
    public Problem problemFor(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
                Function<Throwable, Problem> mapping = table.get(c);
                if (mapping != null) {
                    return mapping.apply(t);
                }
            }
            if (t instanceof ErrorResponse r) {
                return Problem.of(ProblemType.forStatus(r.getStatusCode().value()),
                        "Yêu cầu không được chấp nhận.", String.valueOf(r.getBody().getDetail()))
                        .withStatus(r.getStatusCode().value());
            }
            if (!(t instanceof ServletException) && !(t instanceof InvalidParameterException)) {
                break;
            }
        }
        return INTERNAL;
    }

    private <E extends Throwable> void map(Class<E> type, Function<E, Problem> mapping) {
        table.put(type, t -> mapping.apply(type.cast(t)));
    }

    /** Parameters, headers, bodies: what is wrong with the request itself. */
    private void requestShape() {
        map(BadParameter.class, e -> Problem.of(ProblemType.INVALID_PARAMETER, e.getMessage())
                .with("parameter", e.parameter()).with("value", e.given()));
        map(MalformedRequest.class, e -> Problem.of(e.type(), e.getMessage())
                .with("parameter", e.parameter()).with("value", e.given()));
        map(NotFound.class, e -> Problem.of(ProblemType.NOT_FOUND, e.getMessage()));
        map(ParcelGone.class, ParcelGone::problem);
        map(InvalidBody.class, e -> Problem.of(ProblemType.INVALID_CHANGE, "Trường '" + e.field() + "' không hợp lệ. / " + e.getMessage())
                .with("field", e.field()).with("pointer", e.pointer()));
        map(RequestBodies.TooLarge.class, e -> tooLarge(e.limit()));
        map(RequestBodies.NotJson.class, e -> unsupported(e.contentType()));
        map(PreconditionRequired.class, e -> Problem.of(ProblemType.PRECONDITION_REQUIRED,
                "Cần gửi If-Match với ETag của từng thửa được sửa (hoặc của giao dịch nháp). / " + e.getMessage())
                .with("parcels", e.parcels()));
        map(IdempotencyKeys.InFlight.class, e -> Problem.of(ProblemType.IDEMPOTENCY_IN_FLIGHT,
                "Yêu cầu đầu tiên với Idempotency-Key này chưa xong; hãy thử lại sau.",
                "The first request with this Idempotency-Key is still running; retry shortly.").withHeader(HttpHeaders.RETRY_AFTER, "1"));
        map(IdempotencyKeys.Reused.class, e -> Problem.of(ProblemType.IDEMPOTENCY_KEY_REUSED,
                "Idempotency-Key này đã được dùng cho một yêu cầu khác (khác nội dung hoặc địa chỉ); hãy dùng khóa mới.",
                "This Idempotency-Key was used for a different request (other body or endpoint); use a new key."));
        map(InvalidParameterException.class, e -> e.getErrorCode() == 413 ? tooLarge(-1)
                : Problem.of(ProblemType.MALFORMED_REQUEST, "Không đọc được tham số của yêu cầu.",
                        "The request's parameters cannot be read: " + e.getMessage()));
    }

    /** The register's refusals, raised by land-core's use cases. */
    private void register() {
        map(InvalidChange.class, this::invalidChange);
        map(TransactionRejected.class, this::rejected);
        map(StaleVersion.class, this::stale);
        map(StaleRevision.class, e -> Problem.of(ProblemType.STALE_REVISION,
                "Giao dịch " + e.transactionId() + " đã ở lần sửa " + e.current() + ", không phải " + e.expected()
                        + "; hãy tải lại. / " + e.getMessage())
                .with("revision", e.current()).with("etag", register.transactionTag(e.transactionId(), e.current())));
        map(IllegalTransition.class, e -> Problem.of(ProblemType.ILLEGAL_TRANSITION,
                "Không thực hiện được ở trạng thái hiện tại của giao dịch. / " + e.getMessage()));
        map(NotPermitted.class, e -> Problem.of(ProblemType.NOT_PERMITTED, e.messageVi(), e.messageEn()));
        map(ConcurrencyFailureException.class, this::raced);
        map(DataIntegrityViolationException.class, this::raced);
    }

    /**
     * map-server's refusals of a tile request (the WMS answers its own in OGC exception reports). A
     * browser map on another origin may read why its tile failed, as it may read the tile.
     */
    private void mapServices() {
        map(TileException.class, e -> Problem.of(switch (e.kind()) {
            case INVALID_PARAMETER -> ProblemType.INVALID_PARAMETER;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case UNAVAILABLE -> ProblemType.UNAVAILABLE;
            case INTERNAL -> ProblemType.INTERNAL;
        }, e.messageVi(), e.messageEn()).with("parameter", e.parameter()).withHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"));
    }

    /** Spring MVC's refusals before a controller runs: method, media types, missing or mistyped parameters. */
    private void springMvc() {
        map(HttpRequestMethodNotSupportedException.class, e -> {
            String allowed = e.getSupportedHttpMethods() == null ? "GET"
                    : String.join(", ", e.getSupportedHttpMethods().stream().map(Object::toString).toList());
            return Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                    "Phương thức " + e.getMethod() + " không được hỗ trợ ở đây; chỉ dùng " + allowed + ".",
                    "Method " + e.getMethod() + " is not supported here; use " + allowed + ".").withHeader(HttpHeaders.ALLOW, allowed);
        });
        map(HttpMediaTypeNotAcceptableException.class, e -> Problem.of(ProblemType.NOT_ACCEPTABLE,
                "Tiêu đề Accept không hợp lệ hoặc không có định dạng phù hợp; dịch vụ trả lời JSON.",
                "The Accept header is malformed or names no format offered here; this answers JSON ("
                        + e.getMessage() + ").").with("parameter", HttpHeaders.ACCEPT));
        map(HttpMediaTypeNotSupportedException.class, e -> unsupported(String.valueOf(e.getContentType())));
        map(MultipartException.class, e -> unsupported("multipart/form-data"));
        map(MaxUploadSizeExceededException.class, e -> tooLarge(e.getMaxUploadSize()));
        map(MissingServletRequestParameterException.class, e -> new BadParameterProblem(e.getParameterName())
                .problem("là bắt buộc", "is required"));
        map(MissingRequestHeaderException.class, e -> new BadParameterProblem(e.getHeaderName())
                .problem("là bắt buộc", "is required"));
        map(MethodArgumentTypeMismatchException.class, e -> new BadParameterProblem(e.getName())
                .problem("có kiểu sai; nhận được '" + e.getValue() + "'", "has the wrong type; got '" + e.getValue() + "'"));
        map(HttpMessageNotReadableException.class, e -> Problem.of(ProblemType.MALFORMED_REQUEST,
                "Không đọc được nội dung yêu cầu.", "The request body cannot be read."));
        map(NoResourceFoundException.class, e -> Problem.of(ProblemType.NOT_FOUND,
                "Không có gì ở địa chỉ /" + e.getResourcePath() + ".", "Nothing is at /" + e.getResourcePath() + "."));
    }

    /** A parameter that Spring found missing or mistyped, in BadParameter's words. */
    private record BadParameterProblem(String name) {
        Problem problem(String vi, String en) {
            return Problem.of(ProblemType.INVALID_PARAMETER, "Tham số '" + name + "' " + vi + ".", "Parameter '" + name + "' " + en + ".")
                    .with("parameter", name);
        }
    }

    static Problem tooLarge(long limit) {
        return limit > 0
                ? Problem.of(ProblemType.TOO_LARGE, "Nội dung yêu cầu vượt quá " + limit + " byte.", "The request body exceeds " + limit + " bytes.")
                : Problem.of(ProblemType.TOO_LARGE, "Nội dung yêu cầu quá lớn.", "The request body is too large.");
    }

    static Problem unsupported(String contentType) {
        return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "Nội dung phải là JSON (application/json), nhận được " + contentType + ".",
                "The body must be JSON (application/json), got " + contentType + ".").with("parameter", HttpHeaders.CONTENT_TYPE);
    }

    private Problem invalidChange(InvalidChange x) {
        ProblemType type = switch (x.reason()) {
            case MALFORMED -> ProblemType.INVALID_CHANGE;
            case NOT_FOUND -> ProblemType.NOT_FOUND;
            case TOO_LARGE -> ProblemType.TOO_LARGE;
        };
        String vi = switch (x.reason()) {
            case MALFORMED -> "Trường '" + x.field() + "' không hợp lệ";
            case NOT_FOUND -> "Không tìm thấy đối tượng mà trường '" + x.field() + "' chỉ tới";
            case TOO_LARGE -> "Trường '" + x.field() + "' quá lớn";
        };
        return Problem.of(type, vi + ". / " + x.getMessage()).with("field", x.field()).with("pointer", register.pointer(x.field()));
    }

    private Problem rejected(TransactionRejected x) {
        var codes = x.outcome().violations().stream().map(v -> v.code()).distinct().toList();
        // The request fields the violations are about (a drawn polygon), named in the detail too.
        List<String> fields = x.outcome().violations().stream().map(v -> v.field()).filter(f -> f != null).distinct().toList();
        String vi = fields.isEmpty() ? "" : " ở " + String.join(", ", fields);
        String en = fields.isEmpty() ? "" : " in " + String.join(", ", fields);
        int n = x.outcome().violations().size();
        return Problem.of(ProblemType.RULE_VIOLATIONS, n + " vi phạm " + codes + vi + "; không có gì được ghi.",
                        n + " rule violation(s) " + codes + en + "; nothing was written.")
                .with("kind", x.outcome().kind().code())
                .with("violations", register.violations(x.outcome()))
                .with("parcels", register.parcels(x.outcome()));
    }

    private Problem stale(StaleVersion x) {
        Problem p = x.atCommit()
                ? Problem.of(ProblemType.CONFLICT, "Một giao dịch khác vừa thay đổi cùng thửa đất; không có gì được ghi, hãy tải lại và thử lại. / "
                        + x.getMessage())
                : Problem.of(ProblemType.STALE_VERSION, "If-Match không nêu đúng phiên bản hiện tại của mọi thửa được sửa; không có gì được ghi. / "
                        + x.getMessage());
        List<Map<String, Object>> parcels = x.mismatches().stream().map(m -> {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("parcelId", m.parcelId());
            n.put("expected", m.expected());
            n.put("current", m.current());
            n.put("etag", register.parcelTag(m.parcelId(), m.current()));
            return n;
        }).toList();
        return p.with("parcels", parcels);
    }

    private Problem raced(RuntimeException x) {
        // A lock or constraint conflict between two concurrent writers; nothing of this request was committed.
        log.warn("request lost a database race: {}", x.getMessage());
        return Problem.of(ProblemType.CONFLICT,
                "Một giao dịch khác đồng thời thay đổi cùng dữ liệu; không có gì được ghi, hãy tải lại và thử lại.",
                "A concurrent transaction changed the same data; nothing was written, reload and try again.");
    }
}
