package vn.landinfo.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

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

    /**
     * Validates WFS 1.0.0 capabilities against the official schema together with the schema of the result formats the
     * service defines (lwfs:JSON), fetched from where the document's xsi:schemaLocation says it is.
     */
    void validateCapabilities100(String xml) {
        String[] pairs = xml.replaceFirst("(?s).*?xsi:schemaLocation=\"([^\"]*)\".*", "$1").trim().split("\\s+");
        String location = null;
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i].equals("http://landinfo.gov.vn/wfs")) {
                location = pairs[i + 1];
            }
        }
        assertThat(location).as("the result-format schema is located").isNotNull().startsWith(wfsUrl());
        Response xsd = send(HttpRequest.newBuilder(URI.create(location)).GET().build());
        assertThat(xsd.status()).as(location).isEqualTo(200);
        try {
            CapabilitiesSchemas.validate(CapabilitiesSchemas.compile(xsd.text()), xml);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    String wfsUrl() {
        return "http://localhost:" + port + "/ogc/wfs";
    }
}
