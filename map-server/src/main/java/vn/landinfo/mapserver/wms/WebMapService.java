package vn.landinfo.mapserver.wms;

import java.util.Locale;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.catalog.LayerCatalogue;
import vn.landinfo.mapserver.sql.FeatureSource;
import vn.landinfo.mapserver.layer.MapLayers;
import vn.landinfo.mapserver.metadata.ServiceContact;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.ogc.OgcParameters;
import vn.landinfo.mapserver.ogc.OgcResponse;
import vn.landinfo.mapserver.style.PaletteSource;

/**
 * The WMS endpoint: routes a request by its REQUEST parameter to one class per operation and turns
 * every refusal into the version's ServiceExceptionReport. The web module hands requests here; this
 * class knows nothing of HTTP servers.
 */
public final class WebMapService {

    private static final Logger LOG = LoggerFactory.getLogger(WebMapService.class);

    private final GetCapabilities capabilities;
    private final GetMap map;
    private final GetFeatureInfo featureInfo;
    private final GetLegendGraphic legend;

    /**
     * The public service. Until access control exists every caller is anonymous, so officer layers
     * (encumbered parcels) are defined but not offered: naming one is LayerNotDefined.
     */
    public WebMapService(DataSource dataSource, WmsSettings settings, ServiceContact contact) {
        this(dataSource, settings, contact, Audience.PUBLIC);
    }

    /** The service as one audience sees it: only that audience's layers exist in it. */
    public WebMapService(DataSource dataSource, WmsSettings settings, ServiceContact contact, Audience audience) {
        this(new FeatureSource(dataSource, settings.statementTimeout()), LayerCatalogue.standard().visibleTo(audience),
                CrsCatalogue.standard(), settings, contact);
    }

    public WebMapService(FeatureSource source, LayerCatalogue catalogue, CrsCatalogue crss, WmsSettings settings, ServiceContact contact) {
        MapLayers layers = MapLayers.of(catalogue);
        PaletteSource palette = new PaletteSource(source);
        MapRequestReader reader = new MapRequestReader(layers, crss, settings);
        this.legend = new GetLegendGraphic(layers, palette);
        this.capabilities = new GetCapabilities(layers, crss, new LayerExtents(source, crss.all()), new UpdateSequence(source),
                legend, settings, contact);
        this.map = new GetMap(reader, source, palette, settings);
        this.featureInfo = new GetFeatureInfo(reader, source, settings);
    }

    /**
     * Answers one request.
     *
     * @param serviceUrl the endpoint's absolute URL as the client reached it (for capabilities' links)
     */
    public OgcResponse handle(OgcParameters p, String serviceUrl) {
        WmsVersion version = WmsVersion.V1_3_0;
        try {
            String service = p.get("SERVICE").orElse("");
            if (!service.isEmpty() && !service.equalsIgnoreCase("WMS")) {
                throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "SERVICE",
                        "Địa chỉ này phục vụ SERVICE=WMS, không phải " + MapRequestReader.abbreviate(service),
                        "this endpoint serves SERVICE=WMS, not " + MapRequestReader.abbreviate(service));
            }
            String request = p.required("REQUEST");
            switch (request.toLowerCase(Locale.ROOT)) {
                case "getcapabilities", "capabilities" -> {
                    version = WmsVersion.negotiate(p);
                    return capabilities.handle(p, version, serviceUrl);
                }
                case "getmap", "map" -> {
                    version = WmsVersion.forReport(p);
                    version = WmsVersion.of(p);
                    return map.handle(p, version);
                }
                case "getfeatureinfo", "feature_info" -> {
                    version = WmsVersion.forReport(p);
                    version = WmsVersion.of(p);
                    return featureInfo.handle(p, version);
                }
                case "getlegendgraphic" -> {
                    version = WmsVersion.forReport(p);
                    return legend.handle(p);
                }
                default -> throw new OgcException(OgcException.OPERATION_NOT_SUPPORTED, "REQUEST",
                        "Không cung cấp REQUEST " + MapRequestReader.abbreviate(request)
                                + "; hãy dùng GetCapabilities, GetMap, GetFeatureInfo hoặc GetLegendGraphic",
                        "REQUEST " + MapRequestReader.abbreviate(request) + " is not offered; use GetCapabilities, GetMap, GetFeatureInfo or GetLegendGraphic");
            }
        } catch (OgcException e) {
            return ServiceExceptionReport.of(version, e);
        } catch (RuntimeException e) {
            LOG.error("WMS request failed: {}", e.toString(), e);
            return ServiceExceptionReport.of(version, new OgcException(OgcException.NO_APPLICABLE_CODE, null,
                    "Lỗi hệ thống; yêu cầu không được thực hiện, vui lòng thử lại sau",
                    "internal error; the request was not carried out, please try again later")).withStatus(500);
        }
    }

    /**
     * The WMS 1.3.0 exception report for a request refused before it reached the service (a URL the web
     * server could not decode), so every answer under the WMS endpoint is a report a WMS client reads.
     */
    public static OgcResponse report(OgcException e) {
        return ServiceExceptionReport.of(WmsVersion.V1_3_0, e);
    }

}
