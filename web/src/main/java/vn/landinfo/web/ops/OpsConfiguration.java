package vn.landinfo.web.ops;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.landinfo.mapserver.tiles.VectorTileService;

/**
 * Wires health, metrics and the request log into the server (not into the command-line tools). Which
 * actuator endpoints are exposed, and the probe groups, are set in application.yml.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(ReadinessProperties.class)
class OpsConfiguration {

    /** The {@code register} component of /actuator/health and of its readiness group. */
    @Bean(destroyMethod = "close")
    RegisterReadiness registerHealthIndicator(DataSource dataSource, ReadinessProperties properties) {
        return new RegisterReadiness(dataSource, KnownMigrations.latestIn(properties.migrations()),
                properties.datasets(), properties.timeout());
    }

    @Bean
    RequestTags requestTags(VectorTileService tiles) {
        return new RequestTags(layer -> tiles.layers().find(layer).isPresent());
    }

    /** Right after the log line's filter, where Spring's observation filter was: the time is the whole request's. */
    @Bean
    FilterRegistrationBean<ServerRequestTimer> serverRequestTimer(MeterRegistry registry, RequestTags tags) {
        FilterRegistrationBean<ServerRequestTimer> registration = new FilterRegistrationBean<>(new ServerRequestTimer(registry, tags));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** First of all filters, so the request id is in the MDC for everything that logs, and the time is the whole request's. */
    @Bean
    FilterRegistrationBean<RequestLogFilter> requestLogFilter(RequestTags tags) {
        FilterRegistrationBean<RequestLogFilter> registration = new FilterRegistrationBean<>(new RequestLogFilter(tags));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    TileCacheMetrics tileCacheMetrics(VectorTileService tiles) {
        return new TileCacheMetrics(tiles);
    }
}
