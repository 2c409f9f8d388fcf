package vn.landinfo.web.ogc;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.landinfo.mapserver.wms.WmsSettings;

/**
 * Bounds of the WMS at /ogc/wms ({@code landinfo.wms.*}, e.g. LANDINFO_WMS_MAX_WIDTH).
 *
 * @param maxWidth         largest GetMap WIDTH (pixels)
 * @param maxHeight        largest GetMap HEIGHT
 * @param maxLayers        most layers in one request
 * @param maxFeatures      most features one layer draws in one map
 * @param statementTimeout longest a layer's query may run
 * @param maxFeatureCount  largest GetFeatureInfo FEATURE_COUNT
 * @param pixelTolerance   pixels around a GetFeatureInfo click that still hit a feature
 */
@ConfigurationProperties("landinfo.wms")
record WmsProperties(@DefaultValue("4096") int maxWidth, @DefaultValue("4096") int maxHeight, @DefaultValue("10") int maxLayers,
                     @DefaultValue("30000") int maxFeatures, @DefaultValue("10s") Duration statementTimeout,
                     @DefaultValue("50") int maxFeatureCount, @DefaultValue("4") int pixelTolerance) {

    WmsSettings settings() {
        return new WmsSettings(maxWidth, maxHeight, maxLayers, maxFeatures, statementTimeout, maxFeatureCount, pixelTolerance);
    }
}
