package vn.landinfo.web.ogc;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.Function;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * Writes an {@link OgcResponse} to the servlet response, streamed bodies included
 * (docs/decisions/0172-features-streamed-answers.md): nothing is sent until the body's first
 * {@value #HOLD_BYTES} bytes are made (or it ends), so a streamed body that is refused before its first row
 * (an {@link OgcException} from the query) is answered with the service's own exception report instead of a
 * 200; after that the client receives rows as they are read and the heap holds one buffer.
 */
public final class OgcResponseWriter {

    /** Bytes held back before the status line is committed: the envelope and the first features. */
    static final int HOLD_BYTES = 8192;

    private OgcResponseWriter() {
    }

    /**
     * @param extraHeaders headers the controller adds (CORS, caching, Content-Crs), set unless the body fails early
     * @param report       the service's exception report for a refusal that comes before the first byte
     */
    public static void write(OgcResponse r, HttpServletResponse response, Map<String, String> extraHeaders,
                             Function<OgcException, OgcResponse> report) throws IOException {
        HeldBack out = new HeldBack(response, r, extraHeaders);
        try {
            r.writeTo(out);
        } catch (OgcException e) {
            if (out.committed) {
                throw e;
            }
            writeWhole(report.apply(e), response, Map.of());
            return;
        }
        out.commit();
        out.flush();
    }

    /** Writes an answer whose body is already made (or small enough to make). */
    public static void writeWhole(OgcResponse r, HttpServletResponse response, Map<String, String> extraHeaders) throws IOException {
        byte[] body = r.bytes();
        head(response, r, extraHeaders);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.getOutputStream().flush();
    }

    private static void head(HttpServletResponse response, OgcResponse r, Map<String, String> extraHeaders) {
        response.setStatus(r.status());
        response.setContentType(r.contentType());
        r.headers().forEach(response::setHeader);
        extraHeaders.forEach(response::setHeader);
    }

    /** Holds the first bytes; the first write past them commits the head and streams from then on. */
    private static final class HeldBack extends OutputStream {
        private final HttpServletResponse response;
        private final OgcResponse r;
        private final Map<String, String> extraHeaders;
        private byte[] held = new byte[HOLD_BYTES];
        private int count;
        private boolean committed;
        private OutputStream target;

        HeldBack(HttpServletResponse response, OgcResponse r, Map<String, String> extraHeaders) {
            this.response = response;
            this.r = r;
            this.extraHeaders = extraHeaders;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!committed && count + len <= held.length) {
                System.arraycopy(b, off, held, count, len);
                count += len;
                return;
            }
            commit();
            target.write(b, off, len);
        }

        void commit() throws IOException {
            if (committed) {
                return;
            }
            committed = true;
            head(response, r, extraHeaders);
            target = response.getOutputStream();
            target.write(held, 0, count);
            held = null;
        }

        @Override
        public void flush() throws IOException {
            // The encoder's flushes before the head is committed are held back with the bytes.
            if (committed) {
                target.flush();
            }
        }
    }
}
