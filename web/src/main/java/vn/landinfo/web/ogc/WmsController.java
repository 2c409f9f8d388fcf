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
import org.springframework.web.bind.annotation.RestController;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.wms.WebMapService;

/**
 * /ogc/wms: hands the key-value request to map-server's WMS, which routes it by REQUEST (parameter
 * names case-insensitive, as OGC requires) and answers with an image, a document or an OGC
 * exception report — never Spring's error page.
 */
@RestController
@Tag(name = TileController.TAG, description = TileController.TAG_DESCRIPTION)
class WmsController {

    private final WebMapService wms;

    WmsController(WebMapService wms) {
        this.wms = wms;
    }

    @GetMapping("/ogc/wms")
    @Operation(summary = "Dịch vụ WMS 1.3.0 / 1.1.1 / the WMS 1.3.0 / 1.1.1 service",
            description = "Yêu cầu khóa-giá trị của OGC (SERVICE=WMS&REQUEST=GetCapabilities|GetMap|GetFeatureInfo|GetLegendGraphic); "
                    + "tham số mô tả trong GetCapabilities. / OGC key-value requests; the parameters are described by GetCapabilities.")
    @ApiResponse(responseCode = "200", description = "Ảnh, tài liệu capabilities hoặc thông tin đối tượng / an image, capabilities or feature info",
            content = {@Content(mediaType = "image/png"), @Content(mediaType = "text/xml")})
    @ApiResponse(responseCode = "400", description = "Báo cáo ngoại lệ OGC / OGC service exception report",
            content = @Content(mediaType = "application/vnd.ogc.se_xml"))
    ResponseEntity<byte[]> wms(HttpServletRequest request) {
        String serviceUrl = request.getRequestURL().toString();
        OgcResponse r = wms.handle(OgcParameters.of(request.getParameterMap()), serviceUrl);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(r.contentType()));
        r.headers().forEach(headers::set);
        // Public data: pages on other sites (Leaflet, OpenLayers, MapLibre) may read maps and feature info.
        headers.set(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        if (r.status() == 200 && r.contentType().startsWith("image/")) {
            // Officers edit all day: a map may be reused for a minute, then is asked for again.
            headers.setCacheControl("public, max-age=60");
        }
        return ResponseEntity.status(r.status()).headers(headers).body(r.bytes());
    }
}
