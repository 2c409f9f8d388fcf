package vn.landinfo.mapserver.features.cql2;

import vn.landinfo.mapserver.features.filter.TimeOperand;

/**
 * One argument of a CQL2 predicate as both encodings read it, before {@link Cql2Predicates} puts the property
 * first and builds the filter node; {@code position} is where it started in the request, for errors.
 */
sealed interface Operand {

    int position();

    /** A queryable; {@code caseInsensitive} when wrapped in CASEI(). */
    record Property(String name, boolean caseInsensitive, int position) implements Operand {
    }

    /** A string, number, boolean, timestamp or date literal, as text (the compiler parses it into the property's type). */
    record Scalar(String text, Kind kind, boolean caseInsensitive, int position) implements Operand {
    }

    /** A geometry literal as WKT, x = the filter CRS's first axis as written. */
    record Geometry(String wkt, int position) implements Operand {
    }

    /** INTERVAL(begin, end): each end a date-time property, an instant or open ('..'). */
    record Period(TimeOperand.End begin, TimeOperand.End end, int position) implements Operand {
    }

    enum Kind {
        STRING, NUMBER, BOOLEAN, TIMESTAMP, DATE
    }
}
