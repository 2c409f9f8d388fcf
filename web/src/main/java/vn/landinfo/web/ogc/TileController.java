package vn.landinfo.web.ogc;

import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.tiles.VectorTileService;

/**
 * /tiles: Mapbox Vector Tiles of the published layers ({z}/{x}/{y}.mvt, XYZ in EPSG:3857) and each
 * layer's TileJSON. Path segments arrive as text so map-server can say precisely what is wrong with them.
 */
@RestController
@Tag(name = TileController.TAG, description = TileController.TAG_DESCRIPTION)
@ApiResponse(responseCode = "400", description = "Địa chỉ ô sai (không phải số, ngoài lưới) / malformed tile address",
        content = @Content(mediaType = "application/problem+json"))
@ApiResponse(responseCode = "404", description = "Lớp không có hoặc mức thu phóng ngoài phạm vi / unknown layer or zoom out of range",
        content = @Content(mediaType = "application/problem+json"))
class TileController {

    static final String TAG = "Bản đồ / Maps (OGC WMS, vector tiles)";
    static final String TAG_DESCRIPTION = "Dịch vụ bản đồ trên các khung nhìn công bố (không có dữ liệu cá nhân); xem GetCapabilities "
            + "và TileJSON / map services over the published views (no personal data); see GetCapabilities and TileJSON";

    private final VectorTileService tiles;

    TileController(VectorTileService tiles) {
        this.tiles = tiles;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    @Operation(summary = "Ô bản đồ vector / a vector tile",
            description = "Mapbox Vector Tile (XYZ, EPSG:3857) của một lớp công bố; 204 khi ô trống; ETag, If-None-Match → 304. / "
                    + "A Mapbox Vector Tile (XYZ, EPSG:3857) of a published layer; 204 when empty; ETag, If-None-Match → 304.")
    @ApiResponse(responseCode = "200", description = "MVT", content = @Content(mediaType = "application/vnd.mapbox-vector-tile"))
    ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable String z, @PathVariable String x, @PathVariable String y,
                                @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return write(tiles.tile(layer, z, x, y, ifNoneMatch));
    }

    @GetMapping("/tiles/{layer}.json")
    @Operation(summary = "TileJSON của một lớp / a layer's TileJSON",
            description = "TileJSON 3.0.0: mẫu URL, phạm vi thu phóng, khung, thuộc tính. / TileJSON 3.0.0: URL template, zooms, bounds, attributes.")
    @ApiResponse(responseCode = "200", description = "TileJSON", content = @Content(mediaType = "application/json"))
    ResponseEntity<byte[]> tileJson(@PathVariable String layer, HttpServletRequest request) {
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        return write(tiles.tileJson(layer, base));
    }

    private static ResponseEntity<byte[]> write(OgcResponse r) {
        HttpHeaders headers = new HttpHeaders();
        r.headers().forEach(headers::set);
        if (r.status() == 304 || r.status() == 204) {
            return ResponseEntity.status(r.status()).headers(headers).build();
        }
        headers.setContentType(MediaType.parseMediaType(r.contentType()));
        return ResponseEntity.status(r.status()).headers(headers).body(r.bytes());
    }
}
