package vn.landinfo.web.ops;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.event.Level;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One structured line per request, and the request id: taken from {@code X-Request-Id} when sane, else
 * made here, echoed in the response's {@code X-Request-Id} and kept in the MDC ({@code requestId}) so every
 * line logged while serving the request carries it (docs/decisions/0042-one-log-line-per-request.md).
 *
 * <p>The line holds the method, the path without its query string (query values may name a person: an
 * identity number, a holder's name), the status, the duration, the request id and, for OGC requests, the
 * operation. Probes and scrapes under {@code /actuator/} are logged at DEBUG: a load balancer asks every
 * few seconds and would drown the log.
 */
final class RequestLogFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    /** The id as the console pattern prints it, {@code [id] }: a plain MDC look-up instead of a regex per line. */
    static final String MDC_TAG_KEY = "requestTag";
    private static final int MAX_PATH = 256;
    private static final Logger LOG = LoggerFactory.getLogger(RequestLogFilter.class);

    private final RequestTags tags;

    RequestLogFilter(RequestTags tags) {
        this.tags = tags;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        String id = RequestIds.acceptOrGenerate(request.getHeader(HEADER));
        response.setHeader(HEADER, id);
        MDC.put(MDC_KEY, id);
        MDC.put(MDC_TAG_KEY, "[" + id + "] ");
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR; // what the container answers if the chain throws
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            log(request, status, System.nanoTime() - start, id);
            MDC.remove(MDC_KEY);
            MDC.remove(MDC_TAG_KEY);
        }
    }

    private void log(HttpServletRequest request, int status, long nanos, String id) {
        String path = request.getRequestURI();
        Level level = path.startsWith("/actuator/") ? Level.DEBUG : status >= 500 ? Level.WARN : Level.INFO;
        if (!LOG.isEnabledForLevel(level)) {
            return;
        }
        String shownPath = path.length() <= MAX_PATH ? path : path.substring(0, MAX_PATH) + "...";
        double durationMs = Math.round(nanos / 10_000.0) / 100.0; // to 0.01 ms
        String operation = tags.ogcOperation(request);
        Logfmt line = new Logfmt().add("method", request.getMethod()).add("path", shownPath).add("status", status)
                .add("duration_ms", String.valueOf(durationMs)).add("request_id", id);
        LoggingEventBuilder event = LOG.atLevel(level)
                .addKeyValue("http.method", request.getMethod()).addKeyValue("http.path", shownPath)
                .addKeyValue("http.status", status).addKeyValue("duration_ms", durationMs);
        if (!operation.equals(RequestTags.NONE)) {
            line.add("ogc_operation", operation);
            event = event.addKeyValue("ogc.operation", operation);
        }
        event.log(line.toString());
    }
}
