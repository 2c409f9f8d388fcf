package vn.landinfo.web.ogc;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.landinfo.mapserver.wfs.WfsSettings;

/**
 * Bounds of the WFS at /ogc/wfs ({@code landinfo.wfs.*}, e.g. LANDINFO_WFS_MAX_COUNT; docs/operations.md#configuration).
 *
 * @param defaultCount     features per answer without count / maxFeatures (the capabilities' CountDefault)
 * @param maxCount         largest count a request may ask for (more: InvalidParameterValue, page with startIndex)
 * @param maxResourceIds   most ids in one RESOURCEID / FEATUREID list
 * @param statementTimeout longest one query may run
 * @param maxBody          largest XML POST body (more: 413 with an OperationParsingFailed report)
 */
@ConfigurationProperties("landinfo.wfs")
record WfsProperties(@DefaultValue("1000") int defaultCount, @DefaultValue("10000") int maxCount,
                     @DefaultValue("1000") int maxResourceIds, @DefaultValue("30s") Duration statementTimeout,
                     @DefaultValue("1MB") DataSize maxBody) {

    WfsSettings settings() {
        return new WfsSettings(defaultCount, maxCount, maxResourceIds, statementTimeout);
    }
}
