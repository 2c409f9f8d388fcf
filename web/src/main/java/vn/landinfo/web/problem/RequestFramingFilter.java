package vn.landinfo.web.problem;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything reads a parameter or a body, what the server could only fail on later:
 * a query string that cannot be decoded (broken percent-escapes, bytes that are not UTF-8, a nameless
 * parameter) and, on the REST API, which reads only JSON bodies, a body framed as a form or as
 * multipart. Tomcat would throw on the first parameter read, deep inside a controller, and a form body
 * would be parsed (up to its own limit) before the JSON check ran (docs/decisions/0051-container-errors-as-problems.md).
 */
final class RequestFramingFilter extends OncePerRequestFilter {

    private static final String API = "/api/";

    private final Problems catalogue;

    RequestFramingFilter(Problems catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            QueryStrings.check(request.getQueryString());
            refuseFormBodies(request);
        } catch (MalformedRequest e) {
            ProblemWriter.write(catalogue.problemFor(e), request.getRequestURI(), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void refuseFormBodies(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !request.getRequestURI().startsWith(API)) {
            return;
        }
        String t = type.toLowerCase(Locale.ROOT).strip();
        if (t.startsWith("multipart/") || t.startsWith("application/x-www-form-urlencoded")) {
            String shown = type.length() > 80 ? type.substring(0, 80) + "…" : type;
            throw new MalformedRequest(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Content-Type", shown,
                    "Nội dung phải là JSON (application/json), nhận được " + shown + ".",
                    "The body must be JSON (application/json), got " + shown + ".");
        }
    }
}
