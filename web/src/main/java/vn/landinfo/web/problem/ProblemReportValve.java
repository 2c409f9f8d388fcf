package vn.landinfo.web.problem;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.ResponseEntity;

/**
 * Replaces Tomcat's HTML error page for the errors only the container sees — a request line or header
 * the HTTP parser refuses, a URI it cannot decode or normalise — with the problem (or, under
 * {@code /ogc/}, the OGC exception report) every other error gets (docs/decisions/0051-container-errors-as-problems.md).
 */
public final class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String message = response.getMessage();
        if ((message == null || message.isBlank()) && throwable != null) {
            message = throwable.getMessage();
        }
        String path = pathOf(request, message);
        ResponseEntity<byte[]> e = ProblemWriter.entity(ContainerProblems.of(status, message, path), path);
        try {
            response.setContentType(String.valueOf(e.getHeaders().getContentType()));
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            e.getHeaders().forEach((name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                    values.forEach(v -> response.setHeader(name, v));
                }
            });
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(new String(e.getBody(), StandardCharsets.UTF_8));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client is gone or the response cannot be written any more: nothing left to tell it.
        }
    }

    /**
     * The raw path of the request line. When the parser refused the request line itself, the path was
     * never set, but Tomcat's message quotes the target ("... in the request target [/ogc/wms?x=[] ]").
     */
    private static String pathOf(Request request, String message) {
        String uri = request.getRequestURI();
        if (uri != null && !uri.isEmpty()) {
            return uri;
        }
        int quoted = message == null ? -1 : message.indexOf("[/");
        if (quoted < 0) {
            return "";
        }
        String target = message.substring(quoted + 1);
        int end = target.length();
        for (char stop : new char[] {'?', ' ', ']'}) {
            int at = target.indexOf(stop);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return target.substring(0, end);
    }
}
