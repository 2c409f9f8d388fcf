package vn.landinfo.mapserver.oapif;

import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.features.cql2.Cql2Conformance;

/**
 * The conformance classes the API declares — exactly those it passes, each proved by the ITs named after its
 * abstract tests (web: vn.landinfo.web.ogc.features). The filtering classes of Part 3 are declared only when a
 * CQL2 parser is wired; the CQL2 classes are the parsers' own list (docs/decisions/0184-cql2-parsers-what-is-supported-and-refused.md).
 */
final class ConformanceClasses {

    private static final String PART1 = "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/";
    private static final String PART2 = "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/";
    private static final String PART3 = "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/";

    private ConformanceClasses() {
    }

    static List<String> declared(boolean filtering) {
        List<String> c = new ArrayList<>(List.of(PART1 + "core", PART1 + "geojson", PART1 + "html", PART1 + "oas30", PART2 + "crs"));
        if (filtering) {
            c.addAll(List.of(PART3 + "queryables", PART3 + "queryables-query-parameters", PART3 + "filter", PART3 + "features-filter"));
            c.addAll(Cql2Conformance.CLASSES);
        }
        return c;
    }
}
