package vn.landinfo.web.ogc;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The running application's WFS over real HTTP: KVP GETs and XML POSTs. */
abstract class WfsTestSupport extends WmsTestSupport {

    Response wfs(String query) {
        return send(HttpRequest.newBuilder(URI.create(wfsUrl() + "?" + query)).GET().build());
    }

    Response post(String xml) {
        return post(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    Response post(byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(wfsUrl())).header("Content-Type", "text/xml")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private static Response send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    String wfsUrl() {
        return "http://localhost:" + port + "/ogc/wfs";
    }
}
