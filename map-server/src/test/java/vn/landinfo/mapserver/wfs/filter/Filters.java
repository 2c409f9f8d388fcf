package vn.landinfo.mapserver.wfs.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.SpatialOp;
import vn.landinfo.mapserver.ogc.OgcException;

/** Test support: filters as clients write them, read the way the WFS reads them. */
final class Filters {

    static final String FES = "http://www.opengis.net/fes/2.0";
    static final String OGC = "http://www.opengis.net/ogc";
    static final String GML32 = "http://www.opengis.net/gml/3.2";
    static final String GML = "http://www.opengis.net/gml";
    static final FilterXmlReader READER = new FilterXmlReader(CrsCatalogue.standard());

    private Filters() {
    }

    /**
     * Each binary comparison element and the operator it reads as: the same names in FES 2.0, Filter 1.1 and 1.0
     * (for {@code @MethodSource("vn.landinfo.mapserver.wfs.filter.Filters#comparisons")}).
     */
    static Stream<Arguments> comparisons() {
        return Stream.of(arguments("PropertyIsEqualTo", ComparisonOp.EQUAL), arguments("PropertyIsNotEqualTo", ComparisonOp.NOT_EQUAL),
                arguments("PropertyIsLessThan", ComparisonOp.LESS_THAN), arguments("PropertyIsLessThanOrEqualTo", ComparisonOp.LESS_THAN_OR_EQUAL),
                arguments("PropertyIsGreaterThan", ComparisonOp.GREATER_THAN),
                arguments("PropertyIsGreaterThanOrEqualTo", ComparisonOp.GREATER_THAN_OR_EQUAL));
    }

    /** Each binary spatial element and its operator, the same names in FES 2.0 and Filter 1.1. */
    static Stream<Arguments> binarySpatialOperators() {
        return Stream.of(arguments("Intersects", SpatialOp.INTERSECTS), arguments("Within", SpatialOp.WITHIN),
                arguments("Contains", SpatialOp.CONTAINS), arguments("Disjoint", SpatialOp.DISJOINT), arguments("Touches", SpatialOp.TOUCHES),
                arguments("Overlaps", SpatialOp.OVERLAPS), arguments("Crosses", SpatialOp.CROSSES), arguments("Equals", SpatialOp.EQUALS));
    }

    /** A whole filter document as a KVP FILTER value or a POST body carries it. */
    static Filter read(String xml, FilterVersion version, String defaultSrsName) {
        return READER.read(FilterXmlReader.parseFilterParameter(xml, version), version, defaultSrsName);
    }

    static Filter fes(String predicates) {
        return read("<fes:Filter xmlns:fes=\"" + FES + "\" xmlns:gml=\"" + GML32 + "\">" + predicates + "</fes:Filter>",
                FilterVersion.FES_2_0, "urn:ogc:def:crs:EPSG::5899");
    }

    static Filter ogc11(String predicates) {
        return read("<ogc:Filter xmlns:ogc=\"" + OGC + "\" xmlns:gml=\"" + GML + "\">" + predicates + "</ogc:Filter>",
                FilterVersion.FILTER_1_1, "EPSG:5899");
    }

    static Filter ogc10(String predicates) {
        return read("<ogc:Filter xmlns:ogc=\"" + OGC + "\" xmlns:gml=\"" + GML + "\">" + predicates + "</ogc:Filter>",
                FilterVersion.FILTER_1_0, "EPSG:5899");
    }

    /** The refusal a filter meets, checked for what every refusal shares: the locator and both languages. */
    static OgcException refusal(Runnable reading) {
        OgcException e = catchThrowableOfType(reading::run, OgcException.class);
        assertThat(e).as("an OgcException").isNotNull();
        assertThat(e.locator()).isEqualTo("filter");
        assertThat(e.getMessage()).contains("Bộ lọc").contains(" / Filter");
        assertThat(e.httpStatus()).isEqualTo(400);
        return e;
    }
}
