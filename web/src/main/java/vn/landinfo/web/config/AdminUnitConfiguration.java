package vn.landinfo.web.config;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.adminunit.application.ImportingAdminUnits;

/** Wires the administrative-unit use cases of land-core. */
@Configuration(proxyBeanMethods = false)
public class AdminUnitConfiguration {

    @Bean
    ImportingAdminUnits importingAdminUnits(DataSource dataSource) {
        return new ImportingAdminUnits(dataSource);
    }
}
