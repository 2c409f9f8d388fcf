package vn.landinfo.web.ogc;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.catalog.LayerCatalogue;
import vn.landinfo.mapserver.metadata.LayerMetadata;
import vn.landinfo.mapserver.wms.WebMapService;

/** Wires map-server's WMS and its layers' metadata documents onto the application's database. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WmsProperties.class)
public class WmsConfiguration {

    @Bean
    WebMapService webMapService(DataSource dataSource, WmsProperties properties) {
        return new WebMapService(dataSource, properties.settings(), properties.serviceContact());
    }

    /** The metadata documents of the layers the public services publish (the capabilities' MetadataURLs). */
    @Bean
    LayerMetadata layerMetadata(WmsProperties properties) {
        return new LayerMetadata(LayerCatalogue.standard().visibleTo(Audience.PUBLIC), properties.serviceContact());
    }
}
