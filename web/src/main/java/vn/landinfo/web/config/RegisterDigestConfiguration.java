package vn.landinfo.web.config;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.shared.infrastructure.RegisterDigestReader;

/** Wires land-core's register digest (used by {@code ./landinfo register digest}). */
@Configuration(proxyBeanMethods = false)
public class RegisterDigestConfiguration {

    @Bean
    RegisterDigestReader registerDigestReader(DataSource dataSource) {
        return new RegisterDigestReader(dataSource);
    }
}
