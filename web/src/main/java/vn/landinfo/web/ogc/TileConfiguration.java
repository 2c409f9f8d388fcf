package vn.landinfo.web.ogc;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.mapserver.tiles.VectorTileService;

/** Wires map-server's vector tiles onto the application's database; the invalidation feed stops with the app. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TileProperties.class)
public class TileConfiguration {

    @Bean(destroyMethod = "close")
    VectorTileService vectorTileService(DataSource dataSource, TileProperties properties) {
        return new VectorTileService(dataSource, properties.settings());
    }
}
