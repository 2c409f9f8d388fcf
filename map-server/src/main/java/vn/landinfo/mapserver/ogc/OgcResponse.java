package vn.landinfo.mapserver.ogc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an OGC operation answers: status, media type, body and extra headers; the web layer writes it.
 * The body is either bytes already made ({@code body}) or a {@link BodyWriter} that writes it straight to the
 * client ({@code writer}, for feature collections and exports: the answer starts with the first row and memory
 * stays flat, docs/decisions/0172-features-streamed-answers.md). Exactly one of the two is set.
 */
public record OgcResponse(int status, String contentType, byte[] body, Map<String, String> headers, BodyWriter writer) {

    /**
     * Writes a streamed body. It may throw {@link OgcException} before writing its first byte (the query was
     * refused or timed out when it opened): the web layer then answers the service's exception report instead.
     * After the first byte an error can only cut the answer short.
     */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    public OgcResponse {
        if ((body == null) == (writer == null)) {
            throw new IllegalArgumentException("exactly one of body and writer");
        }
        headers = Map.copyOf(headers);
    }

    /** An answer whose body is already made (every caller before streaming existed). */
    public OgcResponse(int status, String contentType, byte[] body, Map<String, String> headers) {
        this(status, contentType, body, headers, null);
    }

    public static OgcResponse ok(String contentType, byte[] body) {
        return new OgcResponse(200, contentType, body, Map.of());
    }

    /** A 200 answer written while the rows are read (see {@link BodyWriter}). */
    public static OgcResponse streamed(String contentType, BodyWriter writer) {
        return new OgcResponse(200, contentType, null, Map.of(), writer);
    }

    public static OgcResponse text(int status, String contentType, String body) {
        return new OgcResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** An RFC 9457 problem (the answer of the services that are not OGC KVP operations: tiles, metadata). */
    public static OgcResponse problem(int status, String type, String title, String detail) {
        String body = "{\"type\":" + Json.string(type) + ",\"title\":" + Json.string(title) + ",\"status\":" + status
                + ",\"detail\":" + Json.string(detail) + "}";
        return new OgcResponse(status, "application/problem+json", body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    public boolean isStreamed() {
        return writer != null;
    }

    /** Writes the body, made or streamed, to {@code out}. */
    public void writeTo(OutputStream out) throws IOException {
        if (writer != null) {
            writer.writeTo(out);
        } else {
            out.write(body);
        }
    }

    /**
     * The whole body as bytes: the made body, or a streamed one written into memory. For tests and small answers;
     * the web layer streams instead.
     */
    public byte[] bytes() {
        if (body != null) {
            return body;
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try {
            writer.writeTo(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b.toByteArray();
    }

    public OgcResponse withStatus(int newStatus) {
        return new OgcResponse(newStatus, contentType, body, headers, writer);
    }

    public OgcResponse withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new OgcResponse(status, contentType, body, h, writer);
    }
}
