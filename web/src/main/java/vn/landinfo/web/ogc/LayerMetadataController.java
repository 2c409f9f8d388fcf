package vn.landinfo.web.ogc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = TileController.TAG, description = TileController.TAG_DESCRIPTION)
class LayerMetadataController {

    private final LayerMetadata metadata;

    LayerMetadataController(LayerMetadata metadata) {
        this.metadata = metadata;
    }

    @GetMapping("/ogc/" + LayerMetadata.FOLDER + "{name}")
    @Operation(summary = "Siêu dữ liệu của một lớp bản đồ / metadata of a published map layer",
            description = "Tài liệu siêu dữ liệu (các phần tử cốt lõi ISO 19115) mà MetadataURL trong GetCapabilities trỏ tới. / "
                    + "The metadata document (ISO 19115 core elements) that the capabilities' MetadataURL points to.")
    @ApiResponse(responseCode = "200", description = "Trang siêu dữ liệu / the metadata page", content = @Content(mediaType = "text/html"))
    @ApiResponse(responseCode = "404", description = "Không có lớp công khai tên này / no public layer has this name",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<byte[]> layer(@Parameter(description = "tên lớp, ví dụ parcels / the layer's name, e.g. parcels", example = "parcels")
                                 @PathVariable String name, HttpServletRequest request) {
        String site = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        OgcResponse r = metadata.handle(name, site + "/ogc", site);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(r.contentType()));
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        return ResponseEntity.status(r.status()).headers(headers).body(r.bytes());
    }
}
