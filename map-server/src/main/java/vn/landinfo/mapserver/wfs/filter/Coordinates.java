package vn.landinfo.mapserver.wfs.filter;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The positions of a GML geometry part, from whichever encoding the client used: GML 3 {@code pos} and
 * {@code posList} (with {@code srsDimension} 2 or 3, the third dropped), GML 2 {@code coordinates} (with its
 * {@code decimal}, {@code cs} and {@code ts} separators) and {@code coord} (X, Y). Read as x, y pairs in the order
 * written; numbers are plain decimals only (no NaN, Infinity or hexadecimal that Java would accept).
 */
final class Coordinates {

    private final Reading reading;
    private int used;

    Coordinates(Reading reading) {
        this.reading = reading;
    }

    /** The x, y pairs directly inside a geometry part (Point, LineString, LinearRing, Envelope …). */
    double[] positions(Element part) {
        List<double[]> chunks = new ArrayList<>();
        for (Element c : Dom.children(part)) {
            switch (Dom.name(c)) {
                case "pos", "lowerCorner", "upperCorner" -> chunks.add(posList(c, true));
                case "posList" -> chunks.add(posList(c, false));
                case "coordinates" -> chunks.add(coordinates(c));
                case "coord" -> chunks.add(coord(c));
                case "pointProperty", "pointRep" -> {
                    Element point = Dom.firstChild(c, "Point");
                    if (point == null) {
                        throw reading.fail(c, "thiếu gml:Point", "gml:Point missing");
                    }
                    chunks.add(positions(point));
                }
                case "Point" -> chunks.add(positions(c));
                default -> {
                    // Metadata a geometry may carry (gml:name, gml:description …) holds no position.
                }
            }
        }
        int n = chunks.stream().mapToInt(a -> a.length).sum();
        double[] all = new double[n];
        int i = 0;
        for (double[] a : chunks) {
            System.arraycopy(a, 0, all, i, a.length);
            i += a.length;
        }
        return all;
    }

    private double[] posList(Element e, boolean single) {
        int dim = dimension(e);
        String text = e.getTextContent();
        int numbers = countTokens(text);
        if (numbers == 0) {
            throw reading.fail(e, "không có tọa độ", "no coordinates");
        }
        // Counted before splitting, so a flood of numbers is refused before it is held in memory twice.
        use(e, numbers / dim);
        String[] tokens = tokens(text, numbers);
        if (tokens.length % dim != 0) {
            throw reading.fail(e, tokens.length + " số không chia hết cho số chiều " + dim,
                    tokens.length + " numbers are not a multiple of the dimension " + dim);
        }
        int count = tokens.length / dim;
        if (single && count != 1) {
            throw reading.fail(e, "cần đúng một vị trí (" + dim + " số), có " + tokens.length + " số",
                    "exactly one position (" + dim + " numbers) expected, " + tokens.length + " numbers given");
        }
        double[] xy = new double[count * 2];
        for (int i = 0; i < count; i++) {
            xy[2 * i] = number(e, tokens[i * dim]);
            xy[2 * i + 1] = number(e, tokens[i * dim + 1]);
            for (int k = 2; k < dim; k++) {
                number(e, tokens[i * dim + k]);
            }
        }
        return xy;
    }

    private double[] coordinates(Element e) {
        String decimal = orDefault(Dom.attribute(e, "decimal"), ".");
        String cs = orDefault(Dom.attribute(e, "cs"), ",");
        String ts = orDefault(Dom.attribute(e, "ts"), " ");
        if (decimal.length() != 1 || cs.length() != 1 || ts.length() != 1 || decimal.equals(cs) || cs.equals(ts) || decimal.equals(ts)) {
            throw reading.fail(e, "các dấu phân cách decimal, cs, ts phải là ba ký tự khác nhau",
                    "the separators decimal, cs and ts must be three different single characters");
        }
        String text = e.getTextContent().trim();
        if (text.isEmpty()) {
            throw reading.fail(e, "không có tọa độ", "no coordinates");
        }
        String csQuoted = Pattern.quote(cs);
        // "1, 2 3, 4": spaces around the coordinate separator are common in hand-written GML 2.
        text = text.replaceAll("\\s*" + csQuoted + "\\s*", cs);
        boolean wsTuples = Character.isWhitespace(ts.charAt(0));
        use(e, wsTuples ? countTokens(text) : (int) text.chars().filter(ch -> ch == ts.charAt(0)).count() + 1);
        String[] tuples = wsTuples ? text.split("\\s+") : text.split("\\s*" + Pattern.quote(ts) + "\\s*");
        double[] xy = new double[tuples.length * 2];
        for (int i = 0; i < tuples.length; i++) {
            String[] parts = tuples[i].split(csQuoted, -1);
            if (parts.length != 2 && parts.length != 3) {
                throw reading.fail(e, "bộ tọa độ '" + clip(tuples[i]) + "' phải có 2 hoặc 3 số",
                        "the tuple '" + clip(tuples[i]) + "' must have 2 or 3 numbers");
            }
            for (int k = 0; k < parts.length; k++) {
                // With another decimal mark a '.' is no part of a number: it stays and fails the number check.
                String p = decimal.equals(".") ? parts[k] : parts[k].replace(".", "?").replace(decimal, ".");
                double v = number(e, p);
                if (k < 2) {
                    xy[2 * i + k] = v;
                }
            }
        }
        return xy;
    }

    private double[] coord(Element e) {
        Element x = Dom.firstChild(e, "X");
        Element y = Dom.firstChild(e, "Y");
        if (x == null || y == null) {
            throw reading.fail(e, "cần gml:X và gml:Y", "gml:X and gml:Y required");
        }
        use(e, 1);
        return new double[] {number(x, Dom.text(x).trim()), number(y, Dom.text(y).trim())};
    }

    /** srsDimension of a position list: its own, else the nearest ancestor's (GML 3.2 puts it on the geometry), else 2. */
    private int dimension(Element e) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            String d = Dom.attribute(el, "srsDimension");
            if (d != null) {
                return switch (d.trim()) {
                    case "2" -> 2;
                    case "3" -> 3;
                    default -> throw reading.fail(el, "srsDimension '" + clip(d) + "' không được hỗ trợ (chỉ 2 hoặc 3)",
                            "srsDimension '" + clip(d) + "' is not supported (2 or 3 only)");
                };
            }
            if ("Filter".equals(Dom.name(el))) {
                break;
            }
        }
        return 2;
    }

    /** The whitespace-separated tokens of a text known to hold {@code count} of them (String.split's regex is slower). */
    private static String[] tokens(String s, int count) {
        String[] out = new String[count];
        int n = 0;
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean ws = i == s.length() || Character.isWhitespace(s.charAt(i));
            if (ws && start >= 0) {
                out[n++] = s.substring(start, i);
                start = -1;
            } else if (!ws && start < 0) {
                start = i;
            }
        }
        return out;
    }

    private static int countTokens(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    private void use(Element e, int positions) {
        used += positions;
        if (used > Reading.MAX_COORDINATES) {
            throw reading.fail(e, "hình học có quá " + Reading.MAX_COORDINATES + " tọa độ",
                    "the geometry has more than " + Reading.MAX_COORDINATES + " positions");
        }
    }

    private double number(Element e, String token) {
        if (!isPlainDecimal(token)) {
            throw reading.fail(e, "'" + clip(token) + "' không phải là số", "'" + clip(token) + "' is not a number");
        }
        double v = Double.parseDouble(token);
        if (!Double.isFinite(v)) {
            throw reading.fail(e, "'" + clip(token) + "' vượt quá giới hạn số", "'" + clip(token) + "' is out of range");
        }
        return v;
    }

    /**
     * {@code [-+]?(digits[.digits]|.digits)([eE][-+]?d{1,3})?} — by hand, since a regex per coordinate is most of the
     * time spent on a large geometry.
     */
    static boolean isPlainDecimal(String t) {
        int i = 0;
        int n = t.length();
        if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            int exponent = 0;
            while (i < n && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
                i++;
                exponent++;
            }
            if (exponent == 0 || exponent > 3) {
                return false;
            }
        }
        return i == n;
    }

    /** A coordinate in WKT: the shortest decimal that reads back as the same double, never in exponent form. */
    static String wkt(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = Double.toString(v);
        return s.indexOf('E') < 0 ? s : BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String orDefault(String v, String d) {
        return v == null ? d : v;
    }
}
