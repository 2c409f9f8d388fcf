package vn.landinfo.web.problem;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the one problem table into the three places errors surface: controllers (ProblemAdvice), the
 * error page (ProblemErrorController), and the container itself (a filter that refuses undecodable
 * requests first, and Tomcat's error report valve replaced by one writing problems).
 */
@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

    /** After the character-encoding filter, before Spring's FormContentFilter (-9900) could parse a form body. */
    private static final int FRAMING_FILTER_ORDER = -9950;

    @Bean
    FilterRegistrationBean<RequestFramingFilter> requestFramingFilter(Problems catalogue) {
        FilterRegistrationBean<RequestFramingFilter> bean = new FilterRegistrationBean<>(new RequestFramingFilter(catalogue));
        bean.setOrder(FRAMING_FILTER_ORDER);
        return bean;
    }

    /**
     * The host's error valve is named by class, and the host adds it last when it starts, so it runs
     * before any ErrorReportValve added earlier (Spring Boot adds one) and reports first.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }
}
