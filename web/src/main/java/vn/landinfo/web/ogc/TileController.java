package vn.landinfo.web.ogc;

import jakarta.servlet.http.HttpServletRequest;
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
class TileController {

    private final VectorTileService tiles;

    TileController(VectorTileService tiles) {
        this.tiles = tiles;
    }

    @GetMapping("/tiles/{layer}/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> tile(@PathVariable String layer, @PathVariable String z, @PathVariable String x, @PathVariable String y,
                                @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
        return write(tiles.tile(layer, z, x, y, ifNoneMatch));
    }

    @GetMapping("/tiles/{layer}.json")
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
        return ResponseEntity.status(r.status()).headers(headers).body(r.body());
    }
}
