package vn.landinfo.web.ogc;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.oapif.FeaturesService;

/**
 * Wires map-server's OGC API – Features onto the application's database. Every caller is anonymous until access
 * control exists, so the service is built for the PUBLIC audience: officer collections do not exist in it (404),
 * as the WMS has no officer layer.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FeaturesProperties.class)
public class FeaturesConfiguration {

    @Bean
    FeaturesService featuresService(DataSource dataSource, FeaturesProperties properties) {
        return new FeaturesService(dataSource, properties.statementTimeout(), Audience.PUBLIC, properties.filtering());
    }
}
