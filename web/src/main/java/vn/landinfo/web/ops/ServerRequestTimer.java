package vn.landinfo.web.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The {@code http.server.requests} timer, recorded here instead of through Spring's observation filter
 * (docs/decisions/0200-request-timer-without-observations.md): the same name, the same tags with the same values
 * as Spring's {@code DefaultServerRequestObservationConvention} and Micrometer's meter handler give them
 * ({@code method}, {@code uri}, {@code status}, {@code outcome}, {@code exception}, {@code error}) plus
 * {@code ogc.operation} and {@code layer}; the buckets and the {@code application} tag come from the registry's
 * configuration as before. An observation allocated a context with several maps, computed and sorted its tags
 * twice and looked the meter up on every request: 13–15 % of a parcel lookup's request-thread CPU
 * (docs/decisions/0125-lookup-request-path-costs.md). Here a request costs one small key and one map look-up.
 */
final class ServerRequestTimer extends OncePerRequestFilter {

    static final String NAME = "http.server.requests";
    private static final String NONE = "none";
    private static final String UNKNOWN = "UNKNOWN";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE");

    /** One series: everything that tells a timer apart. Every value is bounded (decision 0041). */
    private record Series(String method, String uri, int status, String exception, String operation, String layer) {
    }

    private final MeterRegistry registry;
    private final RequestTags tags;
    private final ConcurrentMap<Series, Timer> timers = new ConcurrentHashMap<>();

    ServerRequestTimer(MeterRegistry registry, RequestTags tags) {
        this.registry = registry;
        this.tags = tags;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        Throwable thrown = null;
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            thrown = e instanceof ServletException s && s.getCause() != null ? s.getCause() : e;
            throw e;
        } finally {
            // What the container answers when the chain throws, as Spring's filter counted it.
            int status = thrown != null ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            timer(request, status, thrown).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private Timer timer(HttpServletRequest request, int status, Throwable thrown) {
        String method = METHODS.contains(request.getMethod()) ? request.getMethod() : UNKNOWN;
        Series series = new Series(method, uri(request, status), status, exception(request, thrown),
                tags.ogcOperation(request), tags.tileLayer(request));
        Timer timer = timers.get(series);
        return timer != null ? timer : timers.computeIfAbsent(series, this::register);
    }

    private Timer register(Series s) {
        String name = s.exception();
        return Timer.builder(NAME)
                .tags(Tags.of("method", s.method(), "uri", s.uri(), "status", Integer.toString(s.status()),
                        "outcome", outcome(s.status()), "exception", name, "error", name,
                        "ogc.operation", s.operation(), "layer", s.layer()))
                .register(registry);
    }

    /** The route template; for a request no route matched, what Spring's convention says instead. */
    private static String uri(HttpServletRequest request, int status) {
        if (request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String pattern) {
            return pattern.isEmpty() ? "root" : pattern;
        }
        if (status >= 300 && status < 400) {
            return "REDIRECTION";
        }
        return status == HttpServletResponse.SC_NOT_FOUND ? "NOT_FOUND" : UNKNOWN;
    }

    /** The exception a handler raised (answered by an exception handler or not), by its class's simple name. */
    private static String exception(HttpServletRequest request, Throwable thrown) {
        Object error = thrown != null ? thrown : request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
        if (error == null) {
            error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        }
        if (!(error instanceof Throwable t)) {
            return NONE;
        }
        String simple = t.getClass().getSimpleName();
        return simple.isEmpty() ? t.getClass().getName() : simple;
    }

    private static String outcome(int status) {
        return switch (status / 100) {
            case 1 -> "INFORMATIONAL";
            case 2 -> "SUCCESS";
            case 3 -> "REDIRECTION";
            case 4 -> "CLIENT_ERROR";
            case 5 -> "SERVER_ERROR";
            default -> UNKNOWN;
        };
    }
}
