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
        if (!value.isEmpty() && value.chars().allMatch(Logfmt::plain)) {
            line.append(value);
            return this;
        }
        line.append('"');
        value.chars().forEach(c -> {
            if (c == '"' || c == '\\') {
                line.append('\\').append((char) c);
            } else if (c < 0x20 || c == 0x7f) {
                line.append(String.format("\\u%04x", c));
            } else {
                line.append((char) c);
            }
        });
        line.append('"');
        return this;
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
