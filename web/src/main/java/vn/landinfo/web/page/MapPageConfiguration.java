package vn.landinfo.web.page;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The public map page. Its files are static resources ({@code static/map/}, Leaflet in
 * {@code static/vendor/}); {@code /map} redirects to {@code /map/} so the page's relative URLs resolve
 * inside its folder, {@code /map/} serves {@code index.html}, and the root redirects to the map.
 */
@Configuration(proxyBeanMethods = false)
public class MapPageConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // A new user opening http://localhost:8080 lands on the map, not on a 404.
        registry.addRedirectViewController("/", "/map/");
        registry.addRedirectViewController("/map", "/map/");
        registry.addViewController("/map/").setViewName("forward:/map/index.html");
    }
}
