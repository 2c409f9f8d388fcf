package vn.landinfo.web.config;

import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.demo.application.GeneratingDemoData;
import vn.landinfo.demo.application.PopulatingDemoRegister;

/** Wires the demo-data use case (plain Java in land-core) into the application. */
@Configuration
public class DemoConfiguration {

    @Bean
    PopulatingDemoRegister populatingDemoRegister() {
        return new PopulatingDemoRegister();
    }

    @Bean
    GeneratingDemoData generatingDemoData(DataSource dataSource, PopulatingDemoRegister register) {
        return new GeneratingDemoData(dataSource, register);
    }
}
