package vn.landinfo.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.landinfo.web.DemoCadastreApplication;

/**
 * The request log as an operator reads it: one line per request with method, path, status, duration, the
 * request id (the caller's when sane, else a new one, echoed in X-Request-Id and carried in the MDC) and the
 * OGC operation; never a query string value.
 */
class RequestLogIT extends DemoCadastreApplication {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String UUID_V4 = "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}";

    /** Events of the request logger, from the server's threads. */
    static final class Captured extends AppenderBase<ILoggingEvent> {
        final ConcurrentLinkedQueue<ILoggingEvent> events = new ConcurrentLinkedQueue<>();

        @Override
        protected void append(ILoggingEvent event) {
            event.prepareForDeferredProcessing();
            events.add(event);
        }

        /** The line of the request with this id; the server may log it just after the client has the answer. */
        Optional<ILoggingEvent> lineOf(String requestId) throws InterruptedException {
            for (int i = 0; i < 50; i++) {
                Optional<ILoggingEvent> e = events.stream().filter(x -> requestId.equals(x.getMDCPropertyMap().get("requestId"))).findFirst();
                if (e.isPresent()) {
                    return e;
                }
                Thread.sleep(20);
            }
            return Optional.empty();
        }
    }

    final Logger requestLogger = (Logger) LoggerFactory.getLogger(RequestLogFilter.class);
    final Captured captured = new Captured();
    Level configured;

    /** At the level the server logs at (application.yml leaves it INFO), whatever the test logging says. */
    @BeforeEach
    void capture() {
        configured = requestLogger.getLevel();
        requestLogger.setLevel(Level.INFO);
        captured.start();
        requestLogger.addAppender(captured);
    }

    @AfterEach
    void release() {
        requestLogger.detachAppender(captured);
        requestLogger.setLevel(configured);
    }

    HttpResponse<Void> get(String pathAndQuery, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery)).GET();
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void aSaneRequestIdIsEchoedAndLoggedWithTheRequestButNotItsQueryValues() throws Exception {
        HttpResponse<Void> r = get("/api/v1/parcels?commune=00070&sheet=1&number=1", "X-Request-Id", "lb-7f3a.42:abc");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Request-Id")).hasValue("lb-7f3a.42:abc");

        ILoggingEvent line = captured.lineOf("lb-7f3a.42:abc").orElseThrow(() -> new AssertionError("no request log line"));
        assertThat(line.getLevel()).isEqualTo(Level.INFO);
        assertThat(line.getFormattedMessage())
                .matches("method=GET path=/api/v1/parcels status=200 duration_ms=\\d+\\.\\d+ request_id=lb-7f3a\\.42:abc")
                .doesNotContain("00070", "commune", "sheet", "number=");
    }

    @Test
    void aRequestWithoutAnIdGetsANewOneEachTime() throws Exception {
        String first = get("/api/v1/admin-units?level=province").headers().firstValue("X-Request-Id").orElseThrow();
        String second = get("/api/v1/admin-units?level=province").headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(first).matches(UUID_V4);
        assertThat(second).matches(UUID_V4).isNotEqualTo(first);
        assertThat(captured.lineOf(first)).isPresent();
    }

    @Test
    void anOverlongOrUnsafeRequestIdIsReplacedNotEchoed() throws Exception {
        for (String bad : List.of("a".repeat(65), "id with spaces", "<script>alert(1)</script>", "x\"y", "a\\nb", "tab\there")) {
            String given = get("/api/v1/admin-units?level=province", "X-Request-Id", bad).headers().firstValue("X-Request-Id").orElseThrow();
            assertThat(given).as(bad).matches(UUID_V4);
            assertThat(captured.lineOf(given)).as("logged under the new id").isPresent();
        }
        String longest = "b".repeat(64);
        assertThat(get("/api/v1/admin-units?level=province", "X-Request-Id", longest).headers().firstValue("X-Request-Id")).hasValue(longest);
    }

    @Test
    void anOgcRequestIsLoggedWithItsOperation() throws Exception {
        get("/ogc/wms?SERVICE=WMS&REQUEST=GetCapabilities", "X-Request-Id", "ogc-caps-1");
        assertThat(captured.lineOf("ogc-caps-1").orElseThrow().getFormattedMessage())
                .startsWith("method=GET path=/ogc/wms status=200 ").endsWith(" request_id=ogc-caps-1 ogc_operation=GetCapabilities");
    }

    @Test
    void aRefusedRequestIsLoggedWithItsStatus() throws Exception {
        get("/api/v1/parcels?commune=abc", "X-Request-Id", "refused-1");
        assertThat(captured.lineOf("refused-1").orElseThrow().getFormattedMessage())
                .startsWith("method=GET path=/api/v1/parcels status=400 ").doesNotContain("abc\"", "commune");
    }

    @Test
    void probesOfTheLoadBalancerAreNotLoggedAtInfo() throws Exception {
        assertThat(get("/actuator/health/readiness", "X-Request-Id", "probe-1").headers().firstValue("X-Request-Id")).hasValue("probe-1");
        get("/api/v1/admin-units?level=province", "X-Request-Id", "after-probe-1");
        assertThat(captured.lineOf("after-probe-1")).isPresent();
        assertThat(captured.events).noneMatch(e -> "probe-1".equals(e.getMDCPropertyMap().get("requestId")));
    }
}
