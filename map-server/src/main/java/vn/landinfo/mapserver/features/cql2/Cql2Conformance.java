package vn.landinfo.mapserver.features.cql2;

import java.util.List;

/**
 * The CQL2 conformance classes (OGC 21-065) these parsers support fully, for the OGC API's /conformance
 * (decision 0184). Temporal functions take properties, TIMESTAMP, DATE and INTERVAL(…) with property or literal ends
 * on either side, with CQL2's semantics (decision 0207). Accent-insensitive comparison, property-property, functions, arithmetic and arrays are refused by name.
 */
public final class Cql2Conformance {

    private static final String BASE = "http://www.opengis.net/spec/cql2/1.0/conf/";

    public static final List<String> CLASSES = List.of(
            BASE + "cql2-text",
            BASE + "cql2-json",
            BASE + "basic-cql2",
            BASE + "advanced-comparison-operators",
            BASE + "case-insensitive-comparison",
            BASE + "basic-spatial-functions",
            BASE + "basic-spatial-functions-plus",
            BASE + "spatial-functions",
            BASE + "temporal-functions");

    private Cql2Conformance() {
    }
}
