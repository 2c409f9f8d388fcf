package vn.landinfo.web.ogc;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of OGC API – Features at /ogc/features ({@code landinfo.features.*}, e.g. LANDINFO_FEATURES_STATEMENT_TIMEOUT).
 *
 * @param statementTimeout longest one query of features may run before the answer is a 503 problem
 * @param filtering        offer Part 3's CQL2 filter parameters and declare their conformance classes
 */
@ConfigurationProperties("landinfo.features")
record FeaturesProperties(@DefaultValue("20s") Duration statementTimeout, @DefaultValue("true") boolean filtering) {
}
