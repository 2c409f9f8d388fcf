package vn.landinfo.web.ogc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Plain HTTP to the running server's /tiles, as a map client sends it. */
public final class TileHttp {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final ObjectMapper JSON = new ObjectMapper();

    public record Response(int status, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(text());
        }

        public String etag() {
            return header("etag");
        }
    }

    private final String base;

    public TileHttp(int port) {
        this.base = "http://localhost:" + port;
    }

    public String base() {
        return base;
    }

    public String url(String layer, int z, int x, int y) {
        return base + "/tiles/" + layer + "/" + z + "/" + x + "/" + y + ".mvt";
    }

    public Response tile(String layer, int z, int x, int y, String... headers) {
        return get("/tiles/" + layer + "/" + z + "/" + x + "/" + y + ".mvt", headers);
    }

    public Response get(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, String> h = new LinkedHashMap<>();
            r.headers().map().forEach((k, v) -> h.put(k.toLowerCase(), String.join(",", v)));
            return new Response(r.statusCode(), h, r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("GET " + path + ": " + e, e);
        }
    }
}
