package vn.landinfo.mapserver.features.cql2;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, bounded JSON reader for cql2-json (map-server has no JSON library and needs none for this): every
 * value keeps its offset for error messages, nesting is bounded, duplicate member names are refused (which one
 * would count is not defined by JSON), numbers keep the text the client wrote.
 */
final class Json {

    sealed interface Value {
        int position();
    }

    record JsonObject(Map<String, Value> members, int position) implements Value {
    }

    record JsonArray(List<Value> items, int position) implements Value {
    }

    record JsonString(String text, int position) implements Value {
    }

    record JsonNumber(String text, int position) implements Value {
    }

    record JsonBoolean(boolean value, int position) implements Value {
    }

    record JsonNull(int position) implements Value {
    }

    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    static Value read(String input) {
        Json json = new Json(input);
        Value value = json.value(1);
        json.space();
        if (json.i < input.length()) {
            throw json.expected("hết tài liệu JSON", "the end of the JSON document");
        }
        return value;
    }

    private Value value(int depth) {
        space();
        if (i >= s.length()) {
            throw expected("một giá trị JSON", "a JSON value");
        }
        int start = i;
        char c = s.charAt(i);
        if (c == '{' || c == '[') {
            if (depth > Cql2Limits.MAX_JSON_DEPTH) {
                throw Cql2Errors.at(start, "JSON lồng quá " + Cql2Limits.MAX_JSON_DEPTH + " tầng",
                        "the JSON is nested deeper than " + Cql2Limits.MAX_JSON_DEPTH + " levels");
            }
            return c == '{' ? object(depth) : array(depth);
        }
        if (c == '"') {
            return new JsonString(string(), start);
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            return number();
        }
        if (s.startsWith("true", i)) {
            i += 4;
            return new JsonBoolean(true, start);
        }
        if (s.startsWith("false", i)) {
            i += 5;
            return new JsonBoolean(false, start);
        }
        if (s.startsWith("null", i)) {
            i += 4;
            return new JsonNull(start);
        }
        throw expected("một giá trị JSON", "a JSON value");
    }

    private JsonObject object(int depth) {
        int start = i++;
        Map<String, Value> members = new LinkedHashMap<>();
        space();
        if (peekIs('}')) {
            i++;
            return new JsonObject(members, start);
        }
        do {
            space();
            int at = i;
            if (!peekIs('"')) {
                throw expected("tên thành phần trong ngoặc kép", "a member name in double quotes");
            }
            String name = string();
            space();
            if (!peekIs(':')) {
                throw expected("dấu :", "':'");
            }
            i++;
            if (members.put(name, value(depth + 1)) != null) {
                throw Cql2Errors.at(at, "thành phần \"" + name + "\" lặp lại", "member \"" + name + "\" is repeated");
            }
            space();
        } while (comma());
        if (!peekIs('}')) {
            throw expected("dấu , hoặc }", "',' or '}'");
        }
        i++;
        return new JsonObject(members, start);
    }

    private JsonArray array(int depth) {
        int start = i++;
        List<Value> items = new ArrayList<>();
        space();
        if (peekIs(']')) {
            i++;
            return new JsonArray(items, start);
        }
        do {
            items.add(value(depth + 1));
            space();
        } while (comma());
        if (!peekIs(']')) {
            throw expected("dấu , hoặc ]", "',' or ']'");
        }
        i++;
        return new JsonArray(items, start);
    }

    private String string() {
        int start = i++;
        StringBuilder out = new StringBuilder();
        while (i < s.length()) {
            char c = s.charAt(i++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                throw Cql2Errors.at(i - 1, "ký tự điều khiển trong chuỗi JSON", "a control character in a JSON string");
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= s.length()) {
                break;
            }
            char e = s.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 > s.length()) {
                        throw Cql2Errors.at(i - 2, "\\u cần 4 chữ số hex", "\\u needs 4 hex digits");
                    }
                    try {
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw Cql2Errors.at(i - 2, "\\u cần 4 chữ số hex", "\\u needs 4 hex digits");
                    }
                    i += 4;
                }
                default -> throw Cql2Errors.at(i - 2, "thoát chuỗi JSON không hợp lệ: \\" + e, "invalid JSON escape \\" + e);
            }
        }
        throw Cql2Errors.at(start, "chuỗi JSON mở mà không đóng", "a JSON string is never closed");
    }

    /** JSON's number grammar exactly: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? */
    private JsonNumber number() {
        int start = i;
        if (peekIs('-')) {
            i++;
        }
        if (peekIs('0')) {
            i++;
        } else if (!digits()) {
            throw expected("chữ số", "a digit");
        }
        if (peekIs('.')) {
            i++;
            if (!digits()) {
                throw expected("chữ số sau dấu chấm", "a digit after the decimal point");
            }
        }
        if (peekIs('e') || peekIs('E')) {
            i++;
            if (peekIs('+') || peekIs('-')) {
                i++;
            }
            if (!digits()) {
                throw expected("chữ số của số mũ", "the digits of an exponent");
            }
        }
        return new JsonNumber(s.substring(start, i), start);
    }

    private boolean digits() {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i > start;
    }

    private boolean comma() {
        if (peekIs(',')) {
            i++;
            return true;
        }
        return false;
    }

    private boolean peekIs(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    private void space() {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) {
            i++;
        }
    }

    private RuntimeException expected(String vi, String en) {
        Cql2Errors.Found found = i >= s.length() ? Cql2Errors.Found.END : Cql2Errors.Found.text(s.substring(i, Math.min(s.length(), i + 12)));
        return Cql2Errors.expected(i, vi, en, found);
    }
}
