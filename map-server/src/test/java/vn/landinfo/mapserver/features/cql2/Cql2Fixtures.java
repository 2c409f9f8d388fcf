package vn.landinfo.mapserver.features.cql2;

import vn.landinfo.mapserver.crs.CrsCatalogue;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;

/**
 * What the CQL2 tests share: parsing cql2-text with the default filter-crs (CRS84), the comparison node most
 * expectations are made of, and the CRSs filters are written in.
 */
final class Cql2Fixtures {

    static final MapCrs CRS84 = CrsCatalogue.standard().find("CRS:84").orElseThrow();
    /** EPSG:4326 named by its URI: latitude first. */
    static final MapCrs EPSG4326 = CrsCatalogue.standard().find("http://www.opengis.net/def/crs/EPSG/0/4326").orElseThrow();
    /** VN-2000 / TM-3 zone of Hà Nội, in metres. */
    static final MapCrs VN2000_HANOI = CrsCatalogue.standard().find("EPSG:9210").orElseThrow();

    private Cql2Fixtures() {
    }

    /** cql2-text with filter-crs absent (CRS84). */
    static Filter parse(String text) {
        return new Cql2TextParser().parse(text, null);
    }

    /** cql2-text in the given filter-crs. */
    static Filter parse(String text, MapCrs filterCrs) {
        return new Cql2TextParser().parse(text, filterCrs);
    }

    /** A case-sensitive comparison, the property first. */
    static Filter.Comparison cmp(ComparisonOp op, String property, String literal) {
        return new Filter.Comparison(op, property, literal, true);
    }
}
