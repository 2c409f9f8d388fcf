package vn.landinfo.mapserver.features.cql2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import vn.landinfo.mapserver.features.filter.TimeOperand;

/**
 * TIMESTAMP / DATE / INTERVAL literals. A date is a whole day (UTC): in a temporal function it is the period
 * from its first to its last microsecond (PostgreSQL's resolution), so T_AFTER(x, DATE('2020-01-01')) means
 * after that day and an INTERVAL ending on a date includes that day.
 */
final class Cql2Time {

    /** '..' in an INTERVAL: open at that end. */
    static final String OPEN = "..";

    private Cql2Time() {
    }

    /** The timestamp text normalised to UTC ({@code 2020-01-01T00:00:00Z}). */
    static Instant timestamp(String text, int position) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw Cql2Errors.expected(position, "một thời điểm RFC 3339 (vd. 2024-05-01T08:30:00Z)",
                    "an RFC 3339 timestamp (e.g. 2024-05-01T08:30:00Z)", Cql2Errors.Found.text(text));
        }
    }

    static LocalDate date(String text, int position) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Cql2Errors.expected(position, "một ngày dạng YYYY-MM-DD", "a date as YYYY-MM-DD", Cql2Errors.Found.text(text));
        }
    }

    static Instant dayStart(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Instant dayEnd(LocalDate day) {
        return dayStart(day.plusDays(1)).minus(1, ChronoUnit.MICROS);
    }

    /** One end of an INTERVAL given as a string: '..' (open), a date or a timestamp. */
    static TimeOperand.End end(String text, boolean isEnd, int position) {
        return OPEN.equals(text) ? new TimeOperand.Open() : new TimeOperand.At(intervalBound(text, isEnd, position));
    }

    /** One bound of an INTERVAL given as a date or a timestamp: a date's first or last microsecond. */
    static Instant intervalBound(String text, boolean isEnd, int position) {
        if (text.length() == 10) {
            LocalDate day = date(text, position);
            return isEnd ? dayEnd(day) : dayStart(day);
        }
        return timestamp(text, position);
    }
}
