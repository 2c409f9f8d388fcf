package vn.landinfo.mapserver.wms;

import java.time.Duration;

/**
 * The bounds of the WMS (issue 4, "bounded work per request").
 *
 * @param maxWidth           largest WIDTH of a GetMap, pixels
 * @param maxHeight          largest HEIGHT
 * @param maxLayers          most LAYERS in one request (LayerLimit)
 * @param maxFeatures        most features one layer draws in one map; beyond, the rest is left out
 * @param statementTimeout   longest one layer's query may run
 * @param maxFeatureCount    largest FEATURE_COUNT of a GetFeatureInfo
 * @param pixelTolerance     how many pixels around a GetFeatureInfo click still hit a feature
 * @param pixelsInFlight     most map pixels drawn at once, all GetMaps together; beyond, a GetMap waits
 *                           (docs/decisions/0150-getmap-admission-by-pixels-in-flight.md)
 * @param admissionWait      longest a GetMap waits for its pixels before it is refused (ServerBusy, 503)
 */
public record WmsSettings(int maxWidth, int maxHeight, int maxLayers, int maxFeatures, Duration statementTimeout,
                          int maxFeatureCount, int pixelTolerance, long pixelsInFlight, Duration admissionWait) {

    /** Four of the largest maps at once: about 400 MB of a 1 GB heap while they are drawn (decision 0150). */
    public static final long DEFAULT_PIXELS_IN_FLIGHT = 4L * 4096 * 4096;

    public static WmsSettings defaults() {
        return new WmsSettings(4096, 4096, 10, 30_000, Duration.ofSeconds(10), 50, 4, DEFAULT_PIXELS_IN_FLIGHT, Duration.ofSeconds(5));
    }
}
