package vn.landinfo.web.api.transaction;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;

/**
 * Reads a request body as bytes, never more than the configured bound (docs/decisions/0019-bounded-requests.md: every
 * request is
 * bounded): a declared Content-Length over it is refused before reading, a chunked body as soon as it
 * passes it. Only JSON is accepted.
 */
public final class RequestBodies {

    /** The body exceeds the bound (413). */
    public static final class TooLarge extends RuntimeException {
        private final long limit;

        TooLarge(long limit) {
            super("request body larger than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    /** The body is not JSON (415). */
    public static final class NotJson extends RuntimeException {
        private final String contentType;

        NotJson(String contentType) {
            super("unsupported content type " + contentType);
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    private final long limit;

    RequestBodies(long limit) {
        this.limit = limit;
    }

    long limit() {
        return limit;
    }

    byte[] read(HttpServletRequest request) {
        String type = request.getContentType();
        if (type != null && !isJson(type)) {
            throw new NotJson(type);
        }
        if (request.getContentLengthLong() > limit) {
            throw new TooLarge(limit);
        }
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(256, Math.min(request.getContentLengthLong(), limit)));
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new TooLarge(limit);
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJson(String contentType) {
        try {
            MediaType t = MediaType.parseMediaType(contentType);
            return t.isCompatibleWith(MediaType.APPLICATION_JSON) || (t.getType().equals("application") && t.getSubtype().endsWith("+json"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
