package vn.landinfo.web.config;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.audit.application.VerifyingAuditChain;

/** Wires the audit-chain verification of land-core (used by {@code ./landinfo audit verify} and the API). */
@Configuration(proxyBeanMethods = false)
public class AuditConfiguration {

    @Bean
    VerifyingAuditChain verifyingAuditChain(DataSource dataSource) {
        return new VerifyingAuditChain(dataSource);
    }
}
