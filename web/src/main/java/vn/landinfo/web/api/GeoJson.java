package vn.landinfo.web.api;

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

    static ResponseEntity<byte[]> okJson(String json) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.getBytes(StandardCharsets.UTF_8));
    }
}
