package vn.landinfo.web.problem;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The container's error page ({@code /error}): failures raised before a controller runs (in a filter,
 * by Tomcat's own checks such as TRACE, a path it will not map) arrive here and get the same problem or
 * OGC report as the rest, instead of Spring Boot's default error JSON or HTML.
 */
@RestController
@Hidden // not an operation of the API: the container forwards here
class ProblemErrorController implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

    private final Problems catalogue;

    ProblemErrorController(Problems catalogue) {
        this.catalogue = catalogue;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ResponseEntity<byte[]> error(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        Problem p;
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t) {
            p = catalogue.problemFor(t);
            if (p.status() >= 500) {
                log.error("Unexpected error before the application served {}", path, t);
            }
        } else {
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            p = ContainerProblems.of(status instanceof Integer s ? s : 500, message == null ? null : message.toString(), path);
        }
        return ProblemWriter.entity(p, path);
    }
}
