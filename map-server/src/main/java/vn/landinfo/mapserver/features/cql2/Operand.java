package vn.landinfo.mapserver.features.cql2;

import java.time.Instant;

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

    /** INTERVAL(begin, end); an open end ('..') is {@link Cql2Time#OPEN_BEGIN} / {@link Cql2Time#OPEN_END}. */
    record Period(Instant begin, Instant end, int position) implements Operand {
    }

    enum Kind {
        STRING, NUMBER, BOOLEAN, TIMESTAMP, DATE
    }
}
