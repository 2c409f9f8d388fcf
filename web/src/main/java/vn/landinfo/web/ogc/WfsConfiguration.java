package vn.landinfo.web.ogc;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.mapserver.catalog.Audience;
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
        return new WebFeatureService(dataSource, properties.settings(), wms.serviceContact(), Audience.PUBLIC);
    }
}
