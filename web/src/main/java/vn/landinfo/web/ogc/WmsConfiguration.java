package vn.landinfo.web.ogc;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.mapserver.wms.WebMapService;

/** Wires map-server's WMS onto the application's database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WmsProperties.class)
public class WmsConfiguration {

    @Bean
    WebMapService webMapService(DataSource dataSource, WmsProperties properties) {
        return new WebMapService(dataSource, properties.settings());
    }
}
