package vn.landinfo.web.problem;

import java.util.Locale;

/**
 * Says what in a raw request path the container refuses to map, since Tomcat's own message is only
 * "Invalid URI": an encoded NUL, an encoded slash or backslash, a dot segment, a broken escape or bytes
 * that are not UTF-8.
 */
final class PathSegments {

    private PathSegments() {
    }

    /** Vietnamese then English, or null when nothing in the path explains the refusal. */
    static String whatIsWrong(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return null;
        }
        String p = rawPath.toLowerCase(Locale.ROOT);
        if (p.contains("%00")) {
            return "đường dẫn chứa ký tự NUL mã hóa (%00) / the path holds an encoded NUL (%00)";
        }
        if (p.contains("%2f") || p.contains("%5c")) {
            return "đường dẫn chứa dấu gạch chéo mã hóa (%2F hoặc %5C) / the path holds an encoded slash (%2F or %5C)";
        }
        if (p.matches(".*(^|/)(\\.|%2e){1,2}(/|$).*")) {
            return "đường dẫn chứa đoạn '.' hoặc '..' / the path holds a '.' or '..' segment";
        }
        try {
            QueryStrings.check("path=" + rawPath.replace("&", "%26").replace("+", "%2B"));
        } catch (MalformedRequest e) {
            return "đường dẫn có mã phần trăm hỏng hoặc không phải UTF-8 / the path has a broken percent-escape or is not UTF-8";
        }
        return null;
    }
}
