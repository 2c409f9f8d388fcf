package vn.landinfo.web.problem;

import java.io.ByteArrayOutputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks a raw query string the way the server will decode it: every name non-empty, every
 * percent-escape two hex digits, the bytes valid UTF-8 (no overlong forms, no lone continuation
 * bytes). Finds the first broken parameter and says what is wrong with it, in both languages.
 */
final class QueryStrings {

    private static final int MAX_SHOWN = 60;

    private QueryStrings() {
    }

    /** Throws {@link MalformedRequest} naming the first parameter that cannot be decoded. */
    static void check(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty() || plainWithNamedPairs(rawQuery)) {
            return;
        }
        for (String pair : rawQuery.split("&", -1)) {
            if (pair.isEmpty()) {
                continue; // "a=1&&b=2": an empty pair is no parameter at all
            }
            int eq = pair.indexOf('=');
            String rawName = eq < 0 ? pair : pair.substring(0, eq);
            String name = decodeName(rawName);
            if (name.isEmpty()) {
                throw new MalformedRequest(ProblemType.INVALID_PARAMETER, "", shown(pair),
                        "Tham số '" + shown(pair) + "' không có tên", "Parameter '" + shown(pair) + "' has no name");
            }
            if (eq >= 0) {
                String rawValue = pair.substring(eq + 1);
                Broken b = broken(rawValue);
                if (b != null) {
                    throw new MalformedRequest(ProblemType.INVALID_PARAMETER, name, shown(rawValue),
                            "Tham số '" + name + "' có giá trị '" + shown(rawValue) + "' " + b.vi,
                            "Parameter '" + name + "' has the value '" + shown(rawValue) + "' " + b.en);
                }
            }
        }
    }

    /**
     * True when the query cannot be broken: ASCII without a percent-escape (nothing to decode, so nothing to
     * fail) and no pair starting with '=' (a nameless parameter). Most queries are this, and this check
     * allocates nothing; the full check split, copied and decoded every pair on every request
     * (docs/decisions/0125-lookup-request-path-costs.md). A '+' decodes to a space, a name all the same.
     */
    private static boolean plainWithNamedPairs(String rawQuery) {
        char previous = '&';
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%' || c > 0x7f || (c == '=' && previous == '&')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static String decodeName(String rawName) {
        Broken b = broken(rawName);
        if (b != null) {
            throw new MalformedRequest(ProblemType.INVALID_PARAMETER, shown(rawName), shown(rawName),
                    "Tên tham số '" + shown(rawName) + "' " + b.vi, "The parameter name '" + shown(rawName) + "' " + b.en);
        }
        return decode(rawName);
    }

    /** What is wrong with a raw name or value, or null when it decodes. */
    private static Broken broken(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (!hex(raw, i + 1) || !hex(raw, i + 2)) {
                    return Broken.ESCAPE;
                }
                bytes.write(Integer.parseInt(raw, i + 1, i + 3, 16));
                i += 2;
            } else if (c > 0x7f) {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(b, 0, b.length);
            } else {
                bytes.write(c);
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return null;
        } catch (CharacterCodingException e) {
            return Broken.UTF8;
        }
    }

    private static boolean hex(String s, int i) {
        return i < s.length() && Character.digit(s.charAt(i), 16) >= 0;
    }

    private static String decode(String raw) {
        return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    }

    private static String shown(String raw) {
        return raw.length() <= MAX_SHOWN ? raw : raw.substring(0, MAX_SHOWN) + "…";
    }

    private enum Broken {
        ESCAPE("có mã phần trăm hỏng (phải là % và hai chữ số hệ 16, ví dụ %2C)",
                "with a broken percent-escape (it must be % and two hex digits, e.g. %2C)"),
        UTF8("không phải UTF-8 hợp lệ sau khi giải mã phần trăm",
                "that is not valid UTF-8 once percent-decoded");

        final String vi;
        final String en;

        Broken(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }
    }
}
