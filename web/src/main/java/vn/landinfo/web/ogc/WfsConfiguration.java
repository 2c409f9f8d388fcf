package vn.landinfo.web.ogc;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.wfs.FeatureOutput;
import vn.landinfo.mapserver.wfs.FilterParser;
import vn.landinfo.mapserver.wfs.WebFeatureService;

/**
 * Wires map-server's WFS onto the application's database. Until access control authenticates officers every caller
 * is anonymous, so the service is built for the PUBLIC audience, as the WMS is: officer types do not exist in it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WfsProperties.class)
public class WfsConfiguration {

    @Bean
    WebFeatureService webFeatureService(DataSource dataSource, WfsProperties properties, WmsProperties wms) {
        return new WebFeatureService(dataSource, properties.settings(), wms.serviceContact(), Audience.PUBLIC, filterParser(),
                featureOutput());
    }

    /** The FES / Filter XML parser (features.filter's FES reader once merged). */
    private static FilterParser filterParser() {
        return (element, version) -> {
            throw new OgcException("OptionNotSupported", "filter", "Bộ lọc XML chưa được hỗ trợ", "XML filters are not supported yet");
        };
    }

    /** Runs planned queries with FeatureSql and the GML / GeoJSON writers (features.encode once merged). */
    private static FeatureOutput featureOutput() {
        return (version, format, queries, hits, bare, valueReference, links) -> {
            throw new OgcException("OperationNotSupported", "GetFeature", "Chưa trả được đối tượng", "features cannot be returned yet");
        };
    }
}
