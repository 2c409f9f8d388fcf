package vn.landinfo.mapserver.features.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * Literals of a filter parsed into their property's type before they are bound, so "abc" compared with a number is
 * the client's error, worded here once (docs/decisions/0170-features-one-model-for-wfs-and-ogc-api.md).
 */
final class Literals {

    private Literals() {
    }

    /** The value to bind: String, Long, BigDecimal, Boolean or OffsetDateTime (UTC). */
    static Object parse(FeatureProperty p, String text) {
        if (text == null) {
            throw bad(p, "null", "một giá trị", "a value");
        }
        String t = text.trim();
        return switch (p.type()) {
            case STRING -> text(p, text);
            case INTEGER -> integer(p, t);
            case DECIMAL -> decimal(p, t);
            case BOOLEAN -> bool(p, t);
            case DATE_TIME -> OffsetDateTime.ofInstant(instant(p.name(), t), ZoneOffset.UTC);
            case GEOMETRY -> throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, p.name(),
                    "Thuộc tính hình thể '" + p.name() + "' chỉ dùng được trong phép so sánh không gian",
                    "the geometry property '" + p.name() + "' can only be used in a spatial predicate");
        };
    }

    /**
     * Text as given, but never with U+0000: PostgreSQL's text cannot hold it and would fail the statement, which the
     * client would see as the server's fault rather than its own.
     */
    static String text(FeatureProperty p, String text) {
        if (text.indexOf('\0') >= 0) {
            throw bad(p, text.replace("\0", "\\0"), "một chuỗi không chứa ký tự NUL (U+0000)", "text without the NUL character (U+0000)");
        }
        return text;
    }

    /** An integer, or a decimal where the client compared an integer property with a fraction (12.5). */
    private static Object integer(FeatureProperty p, String t) {
        try {
            return Long.parseLong(t);
        } catch (NumberFormatException e) {
            BigDecimal d = decimal(p, t);
            return d;
        }
    }

    private static BigDecimal decimal(FeatureProperty p, String t) {
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw bad(p, t, "một số", "a number");
        }
    }

    private static Boolean bool(FeatureProperty p, String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw bad(p, t, "true hoặc false", "true or false");
        };
    }

    /** An ISO 8601 date-time (with offset or Z; without one it is UTC) or a date (its first instant, UTC). */
    static Instant instant(String locator, String t) {
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        try {
            return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // try a date
        }
        try {
            return LocalDate.parse(t).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, locator,
                    "'" + t + "' không phải thời điểm ISO 8601 (ví dụ 2025-07-01T00:00:00Z) cho '" + locator + "'",
                    "'" + t + "' is not an ISO 8601 date-time (e.g. 2025-07-01T00:00:00Z) for '" + locator + "'");
        }
    }

    private static OgcException bad(FeatureProperty p, String t, String expectedVi, String expectedEn) {
        return new OgcException(OgcException.INVALID_PARAMETER_VALUE, p.name(),
                "Giá trị '" + t + "' của thuộc tính '" + p.name() + "' phải là " + expectedVi,
                "the value '" + t + "' of property '" + p.name() + "' must be " + expectedEn);
    }
}
