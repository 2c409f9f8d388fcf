package vn.landinfo.web.ogc;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.wfs.WebFeatureService;
import vn.landinfo.mapserver.wfs.WfsCodes;

/**
 * /ogc/wfs: hands KVP requests (GET, or a form POST) and XML POST bodies to map-server's WFS, which answers with
 * capabilities, a schema, features or an OWS exception report — never Spring's error page. The body is read here
 * with its bound ({@code landinfo.wfs.max-body}): a larger one is refused with 413 before any parsing.
 */
@RestController
@Tag(name = TileController.TAG, description = TileController.TAG_DESCRIPTION)
class WfsController {

    private final WebFeatureService wfs;
    private final long maxBody;

    WfsController(WebFeatureService wfs, WfsProperties properties) {
        this.wfs = wfs;
        this.maxBody = properties.maxBody().toBytes();
    }

    @GetMapping("/ogc/wfs")
    @Operation(summary = "Dịch vụ WFS 2.0.0 / 1.1.0 / 1.0.0 (chỉ đọc) / the WFS 2.0.0 / 1.1.0 / 1.0.0 service (read-only)",
            description = "Yêu cầu khóa-giá trị của OGC (SERVICE=WFS&REQUEST=GetCapabilities|DescribeFeatureType|GetFeature|"
                    + "GetPropertyValue|ListStoredQueries|DescribeStoredQueries); tham số mô tả trong GetCapabilities. "
                    + "/ OGC key-value requests; the parameters are described by GetCapabilities.")
    @ApiResponse(responseCode = "200", description = "Capabilities, lược đồ hoặc đối tượng / capabilities, a schema or features",
            content = {@Content(mediaType = "text/xml"), @Content(mediaType = "application/gml+xml"), @Content(mediaType = "application/json")})
    @ApiResponse(responseCode = "400", description = "Báo cáo ngoại lệ OWS / OWS exception report", content = @Content(mediaType = "application/xml"))
    void wfs(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(wfs.handle(request.getParameterMap(), serviceUrl(request)), response);
    }

    @PostMapping("/ogc/wfs")
    @Operation(summary = "Yêu cầu WFS dạng XML (POST) / WFS XML requests (POST)",
            description = "Thân yêu cầu là tài liệu XML của WFS (wfs:GetFeature, …) hoặc biểu mẫu khóa-giá trị. "
                    + "/ The body is a WFS XML request (wfs:GetFeature, …) or a key-value form.")
    @ApiResponse(responseCode = "200", description = "Capabilities, lược đồ hoặc đối tượng / capabilities, a schema or features",
            content = {@Content(mediaType = "text/xml"), @Content(mediaType = "application/gml+xml"), @Content(mediaType = "application/json")})
    @ApiResponse(responseCode = "400", description = "Báo cáo ngoại lệ OWS / OWS exception report", content = @Content(mediaType = "application/xml"))
    @ApiResponse(responseCode = "413", description = "Thân yêu cầu quá lớn / request body too large", content = @Content(mediaType = "application/xml"))
    void wfsXml(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
        if (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
            write(wfs.handle(request.getParameterMap(), serviceUrl(request)), response);
            return;
        }
        byte[] body;
        try {
            body = read(request);
        } catch (TooLarge e) {
            write(WebFeatureService.report(new OgcException(WfsCodes.OPERATION_PARSING_FAILED, "request",
                    "Thân yêu cầu lớn hơn " + maxBody + " byte", "the request body is larger than " + maxBody + " bytes"), 413), response);
            return;
        } catch (IOException e) {
            write(WebFeatureService.report(new OgcException(WfsCodes.OPERATION_PARSING_FAILED, "request",
                    "Không đọc được thân yêu cầu", "the request body could not be read"), 400), response);
            return;
        }
        write(wfs.handleXml(body, serviceUrl(request)), response);
    }

    private static String serviceUrl(HttpServletRequest request) {
        return request.getRequestURL().toString();
    }

    private byte[] read(HttpServletRequest request) throws IOException {
        if (request.getContentLengthLong() > maxBody) {
            throw new TooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(request.getContentLengthLong(), 1024), maxBody));
            byte[] buffer = new byte[16 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBody) {
                    throw new TooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        }
    }

    /**
     * Streams the answer (features are written as they are read); a query refused before the first byte gets the
     * exception report instead. Public data, as the WMS: pages on other sites (OpenLayers, MapLibre) may read it.
     */
    private static void write(OgcResponse r, HttpServletResponse response) throws IOException {
        OgcResponseWriter.write(r, response, Map.of(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*"),
                e -> WebFeatureService.report(e, e.httpStatus()));
    }

    /** The body is over the bound (a chunked body without Content-Length is counted while read). */
    private static final class TooLarge extends IOException {
    }
}
