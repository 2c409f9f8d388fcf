package vn.landinfo.mapserver.wfs.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.features.filter.Filter;
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
