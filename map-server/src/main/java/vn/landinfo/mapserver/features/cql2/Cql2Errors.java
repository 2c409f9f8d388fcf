package vn.landinfo.mapserver.features.cql2;

import vn.landinfo.mapserver.ogc.OgcException;

/**
 * Every refusal of a CQL2 filter, in one wording: the position (0-based character offset into the text or JSON
 * as sent) and what was expected, Vietnamese first. The locator is always {@code filter}, the parameter the
 * OGC API – Features request carries the expression in.
 */
final class Cql2Errors {

    static final String LOCATOR = "filter";

    private Cql2Errors() {
    }

    static OgcException at(int position, String vi, String en) {
        return new OgcException(OgcException.INVALID_PARAMETER_VALUE, LOCATOR,
                "Bộ lọc CQL2 không hợp lệ tại vị trí " + position + ": " + vi,
                "invalid CQL2 filter at position " + position + ": " + en);
    }

    static OgcException expected(int position, String expectedVi, String expectedEn, Found found) {
        return at(position, "cần " + expectedVi + ", nhưng gặp " + found.vi(), "expected " + expectedEn + ", found " + found.en());
    }

    /** What stood where something else was expected, as a reader would name it in each language. */
    record Found(String vi, String en) {

        static final Found END = new Found("hết biểu thức", "the end of the expression");

        static Found text(String text) {
            String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
            return new Found("«" + shown + "»", "'" + shown + "'");
        }
    }
}
