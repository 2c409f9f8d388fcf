package vn.landinfo.mapserver.wfs.filter;

import vn.landinfo.mapserver.ogc.OgcException;

/** The refusals of a filter, worded once: the dialect's code, locator {@code filter}, Vietnamese then English. */
final class FilterErrors {

    static final String LOCATOR = "filter";

    private FilterErrors() {
    }

    /** A refusal about one element ({@code where} names it, e.g. {@code fes:PropertyIsLike}). */
    static OgcException at(FilterVersion version, String where, String vi, String en) {
        return new OgcException(version.parsingFailedCode(), LOCATOR, "Bộ lọc, " + where + ": " + vi, "Filter, " + where + ": " + en);
    }
}
