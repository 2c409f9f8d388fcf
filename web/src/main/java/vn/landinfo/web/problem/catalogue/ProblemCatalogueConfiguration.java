package vn.landinfo.web.problem.catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.landinfo.web.problem.Problems;
import vn.landinfo.web.problem.RegisterProblemDetails;

/** The one problem table as the bean every error path asks. */
@Configuration(proxyBeanMethods = false)
class ProblemCatalogueConfiguration {

    @Bean
    Problems problems(RegisterProblemDetails register) {
        return new ProblemCatalogue(register);
    }
}
