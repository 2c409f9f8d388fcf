package vn.landinfo.web.problem;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection: sends exactly the bytes it is given, so
 * it can send what HttpClient refuses to (a broken percent-escape, a control character in a header,
 * a raw "[" in a query, a body that lies about its length). Reads the whole answer, chunked or not.
 */
final class RawHttp {

    record Response(int status, Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    /** A request from its request line, header lines (each "Name: value") and body bytes. */
    Response send(String method, String target, byte[] body, String... headers) {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        write(head, method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n");
        boolean hasLength = false;
        for (String h : headers) {
            // A chunked body carries its own framing: the caller sent it already chunked.
            hasLength |= h.toLowerCase(Locale.ROOT).startsWith("content-length:") || h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:");
            write(head, h + "\r\n");
        }
        if (body.length > 0 && !hasLength) {
            write(head, "Content-Length: " + body.length + "\r\n");
        }
        write(head, "\r\n");
        return exchange(head.toByteArray(), body);
    }

    /** Bytes as they are, request line and all (for request lines no method/target split could express). */
    Response sendRaw(byte[] request) {
        return exchange(request, new byte[0]);
    }

    private Response exchange(byte[] head, byte[] body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            try {
                out.write(body);
                out.flush();
                socket.shutdownOutput();
            } catch (IOException refusedMidBody) {
                // The server answered (413) and closed before taking the whole body: read what it said.
            }
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(byte[] raw) {
        int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (end < 0) {
            throw new IllegalStateException("no HTTP response head in " + raw.length + " bytes: "
                    + new String(raw, StandardCharsets.ISO_8859_1));
        }
        String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
        }
        byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        boolean chunked = "chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", ""));
        return new Response(status, headers, chunked ? dechunk(rest) : rest);
    }

    private static byte[] dechunk(byte[] in) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < in.length) {
            int eol = indexOf(in, new byte[] {'\r', '\n'}, at);
            String size = new String(in, at, eol - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int n = Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(in, eol + 2, n);
            at = eol + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = from; i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void write(ByteArrayOutputStream out, String s) {
        // ISO-8859-1 maps each char to one byte: a test writes exactly the bytes it means.
        out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }
}
