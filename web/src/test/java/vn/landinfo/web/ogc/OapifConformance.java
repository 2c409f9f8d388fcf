package vn.landinfo.web.ogc;

import java.util.List;

/** The conformance classes the service must declare: exactly those the OGC API ITs prove. */
final class OapifConformance {

    private OapifConformance() {
    }

    static List<String> declared() {
        return List.of("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/html",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
                "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs");
    }
}
