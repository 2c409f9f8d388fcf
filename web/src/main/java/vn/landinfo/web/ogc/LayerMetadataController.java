package vn.landinfo.web.ogc;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.landinfo.mapserver.metadata.LayerMetadata;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * /ogc/layers/{name}: the metadata document of a published layer, where the WMS capabilities'
 * MetadataURL points (beside /ogc/wms, as map-server's LayerMetadata lays them out).
 */
@RestController
class LayerMetadataController {

    private final LayerMetadata metadata;

    LayerMetadataController(LayerMetadata metadata) {
        this.metadata = metadata;
    }

    @GetMapping("/ogc/" + LayerMetadata.FOLDER + "{name}")
    ResponseEntity<byte[]> layer(@PathVariable String name, HttpServletRequest request) {
        String site = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        OgcResponse r = metadata.handle(name, site + "/ogc", site);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(r.contentType()));
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        return ResponseEntity.status(r.status()).headers(headers).body(r.body());
    }
}
