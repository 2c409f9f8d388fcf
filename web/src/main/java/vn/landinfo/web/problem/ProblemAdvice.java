package vn.landinfo.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every exception a controller (or Spring MVC before it) raises, answered through the one
 * {@link Problems} table. The body is written as bytes with its media type set, so a malformed or
 * unsatisfiable {@code Accept} cannot leave a problem without a body. Unexpected failures are logged
 * and answered as a 500 that says nothing internal.
 */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    private final Problems catalogue;

    ProblemAdvice(Problems catalogue) {
        this.catalogue = catalogue;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> handle(Exception e, HttpServletRequest request) {
        Problem p = catalogue.problemFor(e);
        // A 503 the service chose (a tile the database could not cut in time) is a bound working, not a failure.
        if (p.status() >= 500 && p.type() != ProblemType.UNAVAILABLE) {
            log.error("Unexpected error serving {} {}", request.getMethod(), request.getRequestURI(), e);
        }
        return ProblemWriter.entity(p, request.getRequestURI());
    }
}
