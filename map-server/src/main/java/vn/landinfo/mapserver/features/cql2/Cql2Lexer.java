package vn.landinfo.mapserver.features.cql2;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits cql2-text into tokens with their offsets. Strings are single-quoted ('' or \' for a quote; any other
 * backslash is kept, so a LIKE pattern's \% reaches the compiler as written); identifiers may be double-quoted;
 * a sign directly before a digit belongs to the number (CQL2 here has no arithmetic).
 */
final class Cql2Lexer {

    enum Kind {
        IDENTIFIER, QUOTED_IDENTIFIER, STRING, NUMBER, OPERATOR, LEFT, RIGHT, COMMA, END
    }

    record Token(Kind kind, String text, int position) {

        boolean isWord(String upper) {
            return kind == Kind.IDENTIFIER && text.equalsIgnoreCase(upper);
        }

        Cql2Errors.Found found() {
            if (kind == Kind.END) {
                return Cql2Errors.Found.END;
            }
            return Cql2Errors.Found.text(kind == Kind.STRING ? "'" + text + "'" : text);
        }
    }

    private final String s;
    private int i;

    private Cql2Lexer(String s) {
        this.s = s;
    }

    static List<Token> tokens(String input) {
        return new Cql2Lexer(input).all();
    }

    private List<Token> all() {
        List<Token> out = new ArrayList<>();
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                out.add(new Token(Kind.END, "", i));
                return out;
            }
            out.add(next());
        }
    }

    private Token next() {
        int start = i;
        char c = s.charAt(i);
        switch (c) {
            case '(':
                i++;
                return new Token(Kind.LEFT, "(", start);
            case ')':
                i++;
                return new Token(Kind.RIGHT, ")", start);
            case ',':
                i++;
                return new Token(Kind.COMMA, ",", start);
            case '=':
                i++;
                return new Token(Kind.OPERATOR, "=", start);
            case '<':
                i++;
                if (i < s.length() && (s.charAt(i) == '=' || s.charAt(i) == '>')) {
                    i++;
                }
                return new Token(Kind.OPERATOR, s.substring(start, i), start);
            case '>':
                i++;
                if (i < s.length() && s.charAt(i) == '=') {
                    i++;
                }
                return new Token(Kind.OPERATOR, s.substring(start, i), start);
            case '\'':
                return string(start);
            case '"':
                return quotedIdentifier(start);
            default:
                break;
        }
        if (Character.isDigit(c) || ((c == '-' || c == '+' || c == '.') && startsNumber(i + (c == '.' ? 0 : 1)))) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_' || c == ':') {
            while (i < s.length() && isIdentifierPart(s.charAt(i))) {
                i++;
            }
            return new Token(Kind.IDENTIFIER, s.substring(start, i), start);
        }
        if ("+-*/%^".indexOf(c) >= 0) {
            throw Cql2Errors.at(start, "phép tính số học (" + c + ") chưa được hỗ trợ", "arithmetic (" + c + ") is not supported");
        }
        throw Cql2Errors.at(start, "ký tự không được dùng ở đây: «" + c + "»", "unexpected character '" + c + "'");
    }

    private boolean startsNumber(int at) {
        if (at >= s.length()) {
            return false;
        }
        char c = s.charAt(at);
        return Character.isDigit(c) || (c == '.' && at + 1 < s.length() && Character.isDigit(s.charAt(at + 1)));
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == ':' || c == '.';
    }

    private Token number(int start) {
        if (s.charAt(i) == '-' || s.charAt(i) == '+') {
            i++;
        }
        digits();
        if (i < s.length() && s.charAt(i) == '.') {
            i++;
            digits();
        }
        if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < s.length() && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exponent = i;
            digits();
            if (i == exponent) {
                throw Cql2Errors.at(i, "cần chữ số của số mũ", "expected the digits of an exponent");
            }
        }
        if (i < s.length() && (Character.isLetter(s.charAt(i)) || s.charAt(i) == '_')) {
            throw Cql2Errors.at(i, "cần khoảng trắng hoặc dấu sau một số", "expected a space or punctuation after a number");
        }
        String text = s.substring(start, i);
        return new Token(Kind.NUMBER, text.startsWith("+") ? text.substring(1) : text, start);
    }

    private void digits() {
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
    }

    private Token string(int start) {
        StringBuilder out = new StringBuilder();
        i++;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\'' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                out.append('\'');
                i += 2;
            } else if (c == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                out.append('\'');
                i += 2;
            } else if (c == '\'') {
                i++;
                return new Token(Kind.STRING, out.toString(), start);
            } else {
                out.append(c);
                i++;
            }
        }
        throw Cql2Errors.at(start, "chuỗi mở bằng ' mà không đóng", "a string opened with ' is never closed");
    }

    private Token quotedIdentifier(int start) {
        int end = s.indexOf('"', start + 1);
        if (end < 0) {
            throw Cql2Errors.at(start, "tên thuộc tính mở bằng \" mà không đóng", "a property name opened with \" is never closed");
        }
        if (end == start + 1) {
            throw Cql2Errors.at(start, "tên thuộc tính rỗng", "an empty property name");
        }
        i = end + 1;
        return new Token(Kind.QUOTED_IDENTIFIER, s.substring(start + 1, end), start);
    }
}
