package vn.landinfo.mapserver.features.cql2;

/**
 * The bounds on one filter (issue 17, safety): a request can neither make the parser work without end nor
 * make the compiled SQL huge. Generous for any real query of a cadastre, small against abuse.
 */
final class Cql2Limits {

    /** Characters of CQL2 text or JSON. */
    static final int MAX_LENGTH = 100_000;
    /** Nesting of AND / OR / NOT / parentheses / CASEI and of geometry collections. */
    static final int MAX_DEPTH = 32;
    /** Items of one IN list. */
    static final int MAX_LIST_ITEMS = 1_000;
    /**
     * Literal values of one filter together: each becomes a bound parameter, and the PostgreSQL driver takes at
     * most 32,767 per statement; a 100 kB filter of short IN items would otherwise reach it and fail late.
     */
    static final int MAX_VALUES = 5_000;
    /** Positions in all geometry literals of one filter together. */
    static final int MAX_COORDINATES = 10_000;
    /** Structural nesting of the JSON document: each boolean level costs two (object and args), a multipolygon four more. */
    static final int MAX_JSON_DEPTH = 3 * MAX_DEPTH + 8;

    private Cql2Limits() {
    }

    static void checkLength(String input) {
        if (input == null || input.isBlank()) {
            throw Cql2Errors.at(0, "bộ lọc rỗng", "the filter is empty");
        }
        if (input.length() > MAX_LENGTH) {
            throw Cql2Errors.at(MAX_LENGTH, "bộ lọc dài quá " + MAX_LENGTH + " ký tự", "the filter is longer than " + MAX_LENGTH + " characters");
        }
    }

    static void checkDepth(int depth, int position) {
        if (depth > MAX_DEPTH) {
            throw Cql2Errors.at(position, "lồng quá " + MAX_DEPTH + " tầng", "nested deeper than " + MAX_DEPTH + " levels");
        }
    }

    static void checkValues(int values, int position) {
        if (values > MAX_VALUES) {
            throw Cql2Errors.at(position, "bộ lọc có quá " + MAX_VALUES + " giá trị", "the filter has more than " + MAX_VALUES + " values");
        }
    }

    static void checkListItems(int items, int position) {
        if (items > MAX_LIST_ITEMS) {
            throw Cql2Errors.at(position, "danh sách IN có quá " + MAX_LIST_ITEMS + " phần tử", "an IN list has more than " + MAX_LIST_ITEMS + " items");
        }
    }
}
