package vn.landinfo.web.ogc;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriUtils;
import vn.landinfo.mapserver.oapif.FeaturesRequest;
import vn.landinfo.mapserver.oapif.FeaturesService;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * /ogc/features: hands every path below it to map-server's OGC API – Features, which routes it and answers
 * JSON, GeoJSON (streamed while the rows are read), HTML or problem+json. Hidden from the REST API's OpenAPI
 * document: the service describes itself at /ogc/features/api (OGC's oas30 class), and describing it twice would
 * let the two drift apart.
 */
@RestController
@Hidden
class FeaturesController {

    static final String ENDPOINT = "/ogc/features";

    private final FeaturesService features;

    FeaturesController(FeaturesService features) {
        this.features = features;
    }

    @GetMapping({ENDPOINT, ENDPOINT + "/**"})
    void features(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String raw = request.getRequestURI().substring(request.getContextPath().length());
        String path = UriUtils.decode(raw.substring(Math.min(raw.length(), ENDPOINT.length())), StandardCharsets.UTF_8);
        String base = ServletUriComponentsBuilder.fromContextPath(request).path(ENDPOINT).build().toUriString();
        FeaturesRequest r = FeaturesRequest.of(path, request.getParameterMap(), request.getHeader(HttpHeaders.ACCEPT), base);
        OgcResponse answer = features.handle(r);
        // Public data: pages and clients on other sites may read the features, as they may read the maps.
        Map<String, String> extra = Map.of(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*",
                HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, "Content-Crs");
        OgcResponseWriter.write(answer, response, extra, e -> features.problem(e, r));
    }
}
