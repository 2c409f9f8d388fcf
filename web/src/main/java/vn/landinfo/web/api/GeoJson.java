package vn.landinfo.web.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Sends JSON that PostGIS already wrote, byte for byte: no parsing, no re-serialising. */
final class GeoJson {

    static final String MEDIA_TYPE = "application/geo+json";
    static final MediaType GEO_JSON = MediaType.parseMediaType(MEDIA_TYPE);

    private GeoJson() {
    }

    static ResponseEntity<byte[]> ok(String json) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes GeoJSON text straight to the servlet response: what {@link #ok} makes Spring MVC write, without its return-value handling. */
    static void write(HttpServletResponse response, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setContentType(MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    static ResponseEntity<byte[]> okJson(String json) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.getBytes(StandardCharsets.UTF_8));
    }
}
