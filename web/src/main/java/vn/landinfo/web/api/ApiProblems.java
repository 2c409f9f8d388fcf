package vn.landinfo.web.api;

import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as RFC 9457 problem+json: 400 names the parameter, 404 names what is missing,
 * 405 lists the allowed methods, and anything unexpected is a 500 that says nothing internal (it is logged).
 */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    static final URI INVALID_PARAMETER = URI.create("urn:landinfo:problem:invalid-parameter");
    static final URI NOT_FOUND = URI.create("urn:landinfo:problem:not-found");
    static final URI METHOD_NOT_ALLOWED = URI.create("urn:landinfo:problem:method-not-allowed");
    static final URI INTERNAL = URI.create("urn:landinfo:problem:internal-error");

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    @ExceptionHandler(BadParameter.class)
    ProblemDetail badParameter(BadParameter e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(INVALID_PARAMETER);
        problem.setTitle("Tham số không hợp lệ / Invalid parameter");
        problem.setProperty("parameter", e.parameter());
        if (e.given() != null) {
            problem.setProperty("value", e.given());
        }
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(NOT_FOUND);
        problem.setTitle("Không tìm thấy / Not found");
        return problem;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unexpected error serving an API request", e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "Lỗi hệ thống; yêu cầu không được thực hiện, vui lòng thử lại sau. / "
                        + "Internal error; the request was not carried out, please try again later.");
        problem.setType(INTERNAL);
        problem.setTitle("Lỗi hệ thống / Internal error");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String allowed = e.getSupportedHttpMethods() == null ? "GET" : String.join(", ",
                e.getSupportedHttpMethods().stream().map(Object::toString).toList());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                "Phương thức " + e.getMethod() + " không được hỗ trợ ở đây; chỉ dùng " + allowed + ". / "
                        + "Method " + e.getMethod() + " is not supported here; use " + allowed + ".");
        problem.setType(METHOD_NOT_ALLOWED);
        problem.setTitle("Phương thức không được phép / Method not allowed");
        return handleExceptionInternal(e, problem, headers, status, request);
    }
}
