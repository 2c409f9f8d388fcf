package vn.landinfo.mapserver.wfs.filter;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import org.w3c.dom.Element;

/**
 * Instants and periods of temporal filters and ResourceId dates: xsd:dateTime / xsd:date text, gml:TimeInstant
 * and gml:TimePeriod (beginPosition / endPosition, or begin / end holding a TimeInstant). A value without an
 * offset is read in the register's own time zone, Asia/Ho_Chi_Minh (UTC+7, no daylight saving), as the register's
 * dates are (decision 0080); a date alone is its first instant.
 */
final class TimeLiterals {

    static final ZoneId REGISTER_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** An instant or a period: begin == end for an instant. */
    record Span(Instant begin, Instant end) {
    }

    private final Reading reading;

    TimeLiterals(Reading reading) {
        this.reading = reading;
    }

    static boolean isTime(Element e) {
        return "TimeInstant".equals(Dom.name(e)) || "TimePeriod".equals(Dom.name(e));
    }

    Span span(Element e) {
        return switch (Dom.name(e)) {
            case "TimeInstant" -> {
                Instant t = instantOf(e);
                yield new Span(t, t);
            }
            case "TimePeriod" -> period(e);
            default -> throw reading.fail(e, "cần gml:TimeInstant hoặc gml:TimePeriod", "gml:TimeInstant or gml:TimePeriod expected");
        };
    }

    /** Literal text: an instant, or an ISO 8601 period {@code begin/end}. */
    Span spanOfText(Element where, String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        if (slash > 0) {
            return ordered(where, instant(where, t.substring(0, slash)), instant(where, t.substring(slash + 1)));
        }
        Instant i = instant(where, t);
        return new Span(i, i);
    }

    private Span period(Element p) {
        Instant begin = bound(p, "beginPosition", "begin");
        Instant end = bound(p, "endPosition", "end");
        return ordered(p, begin, end);
    }

    private Span ordered(Element where, Instant begin, Instant end) {
        if (begin.isAfter(end)) {
            throw reading.fail(where, "thời điểm đầu sau thời điểm cuối", "the period begins after it ends");
        }
        return new Span(begin, end);
    }

    private Instant bound(Element period, String positionTag, String propertyTag) {
        Element position = Dom.firstChild(period, positionTag);
        if (position != null) {
            return position(position);
        }
        Element property = Dom.firstChild(period, propertyTag);
        Element instant = property == null ? null : Dom.firstChild(property, "TimeInstant");
        if (instant == null) {
            throw reading.fail(period, "cần gml:" + positionTag + " hoặc gml:" + propertyTag + "/gml:TimeInstant",
                    "gml:" + positionTag + " or gml:" + propertyTag + "/gml:TimeInstant required");
        }
        return instantOf(instant);
    }

    private Instant instantOf(Element timeInstant) {
        Element position = Dom.firstChild(timeInstant, "timePosition");
        if (position == null) {
            throw reading.fail(timeInstant, "thiếu gml:timePosition", "gml:timePosition missing");
        }
        return position(position);
    }

    private Instant position(Element position) {
        String indeterminate = Dom.attribute(position, "indeterminatePosition");
        String text = Dom.text(position).trim();
        if (indeterminate != null && text.isEmpty()) {
            if (indeterminate.trim().equals("now")) {
                return Instant.now();
            }
            throw reading.fail(position, "chỉ hỗ trợ indeterminatePosition=\"now\"", "only indeterminatePosition=\"now\" is supported");
        }
        return instant(position, text);
    }

    /** An xsd:dateTime or xsd:date, as the attribute of a ResourceId or the text of a position or literal. */
    Instant instant(Element where, String value) {
        String v = value.trim();
        try {
            TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(v, OffsetDateTime::from, LocalDateTime::from);
            return t instanceof OffsetDateTime o ? o.toInstant() : ((LocalDateTime) t).atZone(REGISTER_ZONE).toInstant();
        } catch (DateTimeParseException notDateTime) {
            try {
                TemporalAccessor d = DateTimeFormatter.ISO_DATE.parse(v);
                LocalDate date = LocalDate.from(d);
                ZoneId zone = d.isSupported(java.time.temporal.ChronoField.OFFSET_SECONDS)
                        ? java.time.ZoneOffset.ofTotalSeconds(d.get(java.time.temporal.ChronoField.OFFSET_SECONDS)) : REGISTER_ZONE;
                return date.atStartOfDay(zone).toInstant();
            } catch (DateTimeParseException notDate) {
                throw reading.fail(where, "'" + Coordinates.clip(v) + "' không phải ngày giờ ISO 8601 (ví dụ 2024-05-01T08:00:00+07:00)",
                        "'" + Coordinates.clip(v) + "' is not an ISO 8601 date-time (e.g. 2024-05-01T08:00:00+07:00)");
            }
        }
    }
}
