package vn.landinfo.mapserver.features.filter;

import java.time.Instant;

/**
 * One side of a CQL2 temporal function (OGC 21-065, requirements class Temporal Functions): an instant — a date-time
 * property, a TIMESTAMP, a DATE — or an interval INTERVAL(begin, end) whose ends are date-time properties, instants
 * or open ('..'). Intervals are closed at both ends, as CQL2 says. A DATE is an instant at the resolution of a day:
 * it is compared as the whole day, from its first to its last microsecond (decision 0184).
 *
 * @param begin    where it starts (for an instant, the instant)
 * @param end      where it ends (for an instant, the instant)
 * @param interval written as INTERVAL(…): the functions defined only between intervals accept it
 */
public record TimeOperand(End begin, End end, boolean interval) {

    /** An end of an operand. */
    public sealed interface End {
    }

    /**
     * A date-time property. As an end of an INTERVAL, a property without a value is an open end: the register
     * writes a version still in force with no {@code valid_to}, and its lifespan runs on (decision 0207).
     */
    public record Property(String name) implements End {
    }

    /** A literal instant. */
    public record At(Instant instant) implements End {
    }

    /** '..': unbounded at that end. */
    public record Open() implements End {
    }

    /** An instant operand: a property or a timestamp. */
    public static TimeOperand instant(End at) {
        return new TimeOperand(at, at, false);
    }
}
