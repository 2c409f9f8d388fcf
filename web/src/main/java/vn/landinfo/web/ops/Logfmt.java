package vn.landinfo.web.ops;

/**
 * One logfmt line ({@code key=value key="value with spaces"}): readable in a terminal, parsed by Loki, Vector,
 * Fluent Bit and {@code grep}. Values are quoted when needed and control characters escaped, so no value can
 * start a forged line.
 */
final class Logfmt {

    private final StringBuilder line = new StringBuilder(160);

    Logfmt add(String key, String value) {
        if (!line.isEmpty()) {
            line.append(' ');
        }
        line.append(key).append('=');
        if (!value.isEmpty() && allPlain(value)) {
            line.append(value);
            return this;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                line.append('\\').append(c);
            } else if (c < 0x20 || c == 0x7f) {
                line.append(String.format("\\u%04x", (int) c));
            } else {
                line.append(c);
            }
        }
        line.append('"');
        return this;
    }

    /** A loop, not {@code chars().allMatch}: this runs for every field of every request's line (decision 0125). */
    private static boolean allPlain(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (!plain(value.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    Logfmt add(String key, long value) {
        return add(key, Long.toString(value));
    }

    private static boolean plain(int c) {
        return c > 0x20 && c != 0x7f && c != '"' && c != '=' && c != '\\';
    }

    @Override
    public String toString() {
        return line.toString();
    }
}
