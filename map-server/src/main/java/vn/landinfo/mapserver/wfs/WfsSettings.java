package vn.landinfo.mapserver.wfs;

import java.time.Duration;

/**
 * Bounds of the WFS ({@code landinfo.wfs.*} in the web module).
 *
 * @param defaultCount     features per answer when the request gives no count (the capabilities' CountDefault)
 * @param maxCount         largest count a request may ask for; more is InvalidParameterValue
 * @param maxResourceIds   most ids in one RESOURCEID / FEATUREID list or filter
 * @param statementTimeout longest one query may run
 */
public record WfsSettings(int defaultCount, int maxCount, int maxResourceIds, Duration statementTimeout) {

    public static WfsSettings defaults() {
        return new WfsSettings(1000, 10_000, 1000, Duration.ofSeconds(30));
    }
}
