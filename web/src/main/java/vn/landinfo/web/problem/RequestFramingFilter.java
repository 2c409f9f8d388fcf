package vn.landinfo.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads a parameter or a body, what the server could only fail on later:
 * a query string that cannot be decoded (broken percent-escapes, bytes that are not UTF-8, a nameless
 * parameter) and, on the REST API, which reads only JSON bodies, a body framed as a form or as
 * multipart. Tomcat would throw on the first parameter read, deep inside a controller, and a form body
 * would be parsed (up to its own limit) before the JSON check ran (docs/decisions/0051-container-errors-as-problems.md).
 * Under /ogc/ it refuses multipart bodies, which no OGC service reads, and on the read-only OGC API – Features every
 * method but GET, HEAD and OPTIONS (docs/decisions/0197-bad-input-matrix-for-wfs-and-ogc-api.md).
 */
final class RequestFramingFilter extends OncePerRequestFilter {

    private static final String API = "/api/";
    private static final String OGC = "/ogc/";
    private static final String FEATURES = "/ogc/features";
    private static final Set<String> READ_ONLY_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Problems catalogue;

    RequestFramingFilter(Problems catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (readOnlyRefuses(request)) {
            String method = request.getMethod();
            ProblemWriter.write(Problem.of(ProblemType.METHOD_NOT_ALLOWED,
                    "Phương thức " + method + " không được hỗ trợ ở đây: OGC API – Features chỉ để đọc, hãy dùng GET.",
                    "Method " + method + " is not supported here: OGC API – Features is read-only, use GET.")
                    .withHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS"), request.getRequestURI(), response);
            return;
        }
        try {
            QueryStrings.check(request.getQueryString());
            refuseFormBodies(request);
        } catch (MalformedRequest e) {
            ProblemWriter.write(catalogue.problemFor(e), request.getRequestURI(), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * OGC API – Features is read-only (edits go to a draft's own endpoints): any other method is refused here, before
     * a form or multipart body it carries is parsed by Spring's filters or the dispatcher (docs/decisions/0197).
     */
    private static boolean readOnlyRefuses(HttpServletRequest request) {
        String path = request.getRequestURI();
        return (path.equals(FEATURES) || path.startsWith(FEATURES + "/")) && !READ_ONLY_METHODS.contains(request.getMethod());
    }

    private static void refuseFormBodies(HttpServletRequest request) {
        String type = request.getContentType();
        String path = request.getRequestURI();
        if (type == null || !(path.startsWith(API) || path.startsWith(OGC))) {
            return;
        }
        String t = type.toLowerCase(Locale.ROOT).strip();
        String shown = type.length() > 80 ? type.substring(0, 80) + "…" : type;
        if (path.startsWith(OGC)) {
            // The OGC services read key-value pairs (a query or a form) and XML bodies; never multipart.
            if (t.startsWith("multipart/")) {
                throw new MalformedRequest(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type", shown,
                        "Dịch vụ OGC không đọc nội dung multipart (" + shown + "); hãy gửi XML hoặc biểu mẫu khóa-giá trị.",
                        "OGC services do not read multipart bodies (" + shown + "); send XML or a key-value form.");
            }
            return;
        }
        if (t.startsWith("multipart/") || t.startsWith("application/x-www-form-urlencoded")) {
            throw new MalformedRequest(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type", shown,
                    "Nội dung phải là JSON (application/json), nhận được " + shown + ".",
                    "The body must be JSON (application/json), got " + shown + ".");
        }
    }
}
