package vn.landinfo.web.page;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public map page. Its files are static resources ({@code static/map/}, Leaflet in
 * {@code static/vendor/}); {@code /map} redirects to {@code /map/} so the page's relative URLs resolve
 * inside its folder, and {@code /map/} serves {@code index.html} (Spring Boot's welcome page only
 * covers the root).
 */
@Configuration(proxyBeanMethods = false)
public class MapPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addRedirectViewController("/map", "/map/");
        registry.addViewController("/map/").setViewName("forward:/map/index.html");
    }
}
