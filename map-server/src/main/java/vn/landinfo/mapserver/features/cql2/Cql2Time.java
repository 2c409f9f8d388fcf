package vn.landinfo.mapserver.features.cql2;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * TIMESTAMP / DATE / INTERVAL literals. A date is a whole day (UTC): in a temporal function it is the period
 * from its first to its last microsecond (PostgreSQL's resolution), so T_AFTER(x, DATE('2020-01-01')) means
 * after that day and an INTERVAL ending on a date includes that day.
 */
final class Cql2Time {

    /** '..' in an INTERVAL: open at that end. */
    static final String OPEN = "..";

    /**
     * An open end as an instant, not null: the filter tree's periods have both ends, and PostgreSQL's timestamps
     * reach from 4713 BC to 294276 AD, so these compare like infinity with every date the register holds.
     */
    static final Instant OPEN_BEGIN = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant OPEN_END = Instant.parse("9999-12-31T23:59:59.999999Z");

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

    /** One bound of an INTERVAL given as a string: '..', a date or a timestamp. */
    static Instant intervalBound(String text, boolean isEnd, int position) {
        if (OPEN.equals(text)) {
            return isEnd ? OPEN_END : OPEN_BEGIN;
        }
        if (text.length() == 10) {
            LocalDate day = date(text, position);
            return isEnd ? dayEnd(day) : dayStart(day);
        }
        return timestamp(text, position);
    }
}
