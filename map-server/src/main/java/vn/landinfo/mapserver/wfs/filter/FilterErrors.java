package vn.landinfo.mapserver.wfs.filter;

import vn.landinfo.mapserver.ogc.OgcException;

/** The refusals of a filter, worded once: the dialect's code, locator {@code filter}, Vietnamese then English. */
final class FilterErrors {

    static final String LOCATOR = "filter";

    private FilterErrors() {
    }

    /**
     * A well-formed predicate the server cannot evaluate, such as a comparison with an XML literal (an envelope):
     * OperationProcessingFailed (WFS 2.0 Table 3, §11.4; what the OGC suite expects for gml:boundedBy ≤ an envelope).
     */
    static OgcException cannotProcess(String where, String vi, String en) {
        return new OgcException("OperationProcessingFailed", LOCATOR, "Bộ lọc, " + where + ": " + vi, "Filter, " + where + ": " + en);
    }

    /** A refusal about one element ({@code where} names it, e.g. {@code fes:PropertyIsLike}). */
    static OgcException at(FilterVersion version, String where, String vi, String en) {
        return new OgcException(version.parsingFailedCode(), LOCATOR, "Bộ lọc, " + where + ": " + vi, "Filter, " + where + ": " + en);
    }
}
