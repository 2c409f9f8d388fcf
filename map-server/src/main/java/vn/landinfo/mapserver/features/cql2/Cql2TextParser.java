package vn.landinfo.mapserver.features.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.TimeOperand;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * CQL2 text (OGC 21-065, cql2-text) into the shared filter tree (decision 0184): basic CQL2, advanced
 * comparison operators, CASEI, the spatial functions with every WKT type and BBOX, and the temporal functions
 * between properties, TIMESTAMPs, DATEs and INTERVALs (whose ends may be properties). A recursive descent over the tokens: OR binds looser
 * than AND, AND looser than NOT; keywords in any case. Stateless: one instance serves every request.
 */
public final class Cql2TextParser {

    /** Words that cannot be a property unless double-quoted. */
    private static final Set<String> RESERVED = Set.of("AND", "OR", "NOT", "LIKE", "ILIKE", "BETWEEN", "IN", "IS", "NULL", "TRUE", "FALSE");

    /**
     * @param input     the {@code filter} parameter as the client sent it
     * @param filterCrs the {@code filter-crs} (null: CRS84, longitude first)
     * @throws OgcException INVALID_PARAMETER_VALUE, locator {@code filter}, with the character offset
     */
    public Filter parse(String input, MapCrs filterCrs) {
        Cql2Limits.checkLength(input);
        Run run = new Run(Cql2Lexer.tokens(input), new Cql2Predicates(Cql2Crs.orDefault(filterCrs)));
        Filter filter = run.expression(1);
        run.expect(Cql2Lexer.Kind.END, "hết biểu thức (thiếu AND / OR?)", "the end of the expression (AND / OR missing?)");
        return filter;
    }

    /** One parse: the tokens, the cursor and the per-filter geometry budget. */
    private static final class Run {

        private final List<Cql2Lexer.Token> tokens;
        private final Cql2Predicates predicates;
        private final Cql2Geometries geometries = new Cql2Geometries();
        private int at;

        Run(List<Cql2Lexer.Token> tokens, Cql2Predicates predicates) {
            this.tokens = tokens;
            this.predicates = predicates;
        }

        Filter expression(int depth) {
            Cql2Limits.checkDepth(depth, peek().position());
            List<Filter> any = new ArrayList<>();
            any.add(term(depth));
            while (acceptWord("OR")) {
                any.add(term(depth));
            }
            return any.size() == 1 ? any.get(0) : new Filter.Or(any);
        }

        private Filter term(int depth) {
            List<Filter> all = new ArrayList<>();
            all.add(factor(depth));
            while (acceptWord("AND")) {
                all.add(factor(depth));
            }
            return all.size() == 1 ? all.get(0) : new Filter.And(all);
        }

        private Filter factor(int depth) {
            Cql2Lexer.Token t = peek();
            if (t.isWord("NOT")) {
                at++;
                Cql2Limits.checkDepth(depth + 1, t.position());
                return new Filter.Not(factor(depth + 1));
            }
            return primary(depth);
        }

        private Filter primary(int depth) {
            Cql2Lexer.Token t = peek();
            if (t.kind() == Cql2Lexer.Kind.LEFT) {
                at++;
                Filter inner = expression(depth + 1);
                expect(Cql2Lexer.Kind.RIGHT, "dấu )", "')'");
                return inner;
            }
            if ((t.isWord("TRUE") || t.isWord("FALSE")) && peek(1).kind() != Cql2Lexer.Kind.OPERATOR) {
                at++;
                return t.isWord("TRUE") ? new Filter.Include() : new Filter.Exclude();
            }
            if (t.kind() == Cql2Lexer.Kind.IDENTIFIER && peek(1).kind() == Cql2Lexer.Kind.LEFT) {
                String name = Cql2Predicates.upper(t.text());
                if (Cql2Predicates.isSpatial(name)) {
                    return spatial(name, t, depth);
                }
                if (Cql2Predicates.isTemporal(name)) {
                    return temporal(name, t);
                }
            }
            if (t.kind() == Cql2Lexer.Kind.END || t.kind() == Cql2Lexer.Kind.RIGHT || t.kind() == Cql2Lexer.Kind.COMMA
                    || t.kind() == Cql2Lexer.Kind.OPERATOR) {
                throw Cql2Errors.expected(t.position(), "một điều kiện", "a predicate", t.found());
            }
            return predicate(operand(depth), depth);
        }

        /** What follows the first operand: a comparison, [NOT] LIKE / BETWEEN / IN, or IS [NOT] NULL. */
        private Filter predicate(Operand left, int depth) {
            Cql2Lexer.Token t = peek();
            if (t.kind() == Cql2Lexer.Kind.OPERATOR) {
                at++;
                return predicates.comparison(Cql2Predicates.comparisonOp(t.text()), left, operand(depth));
            }
            if (t.isWord("IS")) {
                at++;
                boolean not = acceptWord("NOT");
                expectWord("NULL", "NULL hoặc NOT NULL", "NULL or NOT NULL");
                Filter isNull = predicates.isNull(left);
                return not ? new Filter.Not(isNull) : isNull;
            }
            boolean not = false;
            if (t.isWord("NOT")) {
                at++;
                not = true;
                t = peek();
            }
            Filter positive;
            if (t.isWord("LIKE") || t.isWord("ILIKE")) {
                at++;
                positive = predicates.like(left, operand(depth), t.isWord("ILIKE"));
            } else if (t.isWord("BETWEEN")) {
                at++;
                Operand lower = operand(depth);
                expectWord("AND", "AND của BETWEEN", "the AND of BETWEEN");
                positive = predicates.between(left, lower, operand(depth));
            } else if (t.isWord("IN")) {
                at++;
                positive = predicates.in(left, list(depth), t.position());
            } else {
                throw Cql2Errors.expected(t.position(), not ? "LIKE, BETWEEN hoặc IN sau NOT" : "một phép so sánh (=, <>, <, <=, >, >=), LIKE, BETWEEN, IN hoặc IS NULL",
                        not ? "LIKE, BETWEEN or IN after NOT" : "a comparison (=, <>, <, <=, >, >=), LIKE, BETWEEN, IN or IS NULL", t.found());
            }
            return not ? new Filter.Not(positive) : positive;
        }

        private List<Operand> list(int depth) {
            expect(Cql2Lexer.Kind.LEFT, "dấu ( mở danh sách IN", "'(' opening the IN list");
            List<Operand> items = new ArrayList<>();
            do {
                items.add(operand(depth));
                Cql2Limits.checkListItems(items.size(), peek().position());
            } while (accept(Cql2Lexer.Kind.COMMA));
            expect(Cql2Lexer.Kind.RIGHT, "dấu , hoặc ) đóng danh sách IN", "',' or ')' closing the IN list");
            return items;
        }

        /** A property, a literal, or CASEI / TIMESTAMP / DATE of one. */
        private Operand operand(int depth) {
            Cql2Lexer.Token t = next();
            switch (t.kind()) {
                case STRING:
                    return new Operand.Scalar(t.text(), Operand.Kind.STRING, false, t.position());
                case NUMBER:
                    return new Operand.Scalar(t.text(), Operand.Kind.NUMBER, false, t.position());
                case QUOTED_IDENTIFIER:
                    return new Operand.Property(t.text(), false, t.position());
                case IDENTIFIER:
                    break;
                default:
                    throw Cql2Errors.expected(t.position(), "tên thuộc tính hoặc một giá trị", "a property name or a literal", t.found());
            }
            String word = Cql2Predicates.upper(t.text());
            if (word.equals("TRUE") || word.equals("FALSE")) {
                return new Operand.Scalar(word.toLowerCase(java.util.Locale.ROOT), Operand.Kind.BOOLEAN, false, t.position());
            }
            if (peek().kind() == Cql2Lexer.Kind.LEFT) {
                return function(word, t, depth);
            }
            if (RESERVED.contains(word)) {
                throw Cql2Errors.expected(t.position(), "tên thuộc tính hoặc một giá trị (từ khoá dùng làm tên phải đặt trong ngoặc kép)",
                        "a property name or a literal (a keyword used as a name must be double-quoted)", t.found());
            }
            return new Operand.Property(t.text(), false, t.position());
        }

        private Operand function(String word, Cql2Lexer.Token name, int depth) {
            switch (word) {
                case "CASEI": {
                    Cql2Limits.checkDepth(depth + 1, name.position());
                    at++;
                    Operand inner = operand(depth + 1);
                    expect(Cql2Lexer.Kind.RIGHT, "dấu ) đóng CASEI", "')' closing CASEI");
                    return caseInsensitive(inner);
                }
                case "TIMESTAMP": {
                    at++;
                    Cql2Lexer.Token text = expect(Cql2Lexer.Kind.STRING, "một chuỗi thời điểm", "a timestamp string");
                    expect(Cql2Lexer.Kind.RIGHT, "dấu ) đóng TIMESTAMP", "')' closing TIMESTAMP");
                    return new Operand.Scalar(Cql2Time.timestamp(text.text(), text.position()).toString(), Operand.Kind.TIMESTAMP, false, name.position());
                }
                case "DATE": {
                    at++;
                    Cql2Lexer.Token text = expect(Cql2Lexer.Kind.STRING, "một chuỗi ngày", "a date string");
                    expect(Cql2Lexer.Kind.RIGHT, "dấu ) đóng DATE", "')' closing DATE");
                    return new Operand.Scalar(Cql2Time.date(text.text(), text.position()).toString(), Operand.Kind.DATE, false, name.position());
                }
                case "ACCENTI":
                    throw Cql2Errors.at(name.position(), "ACCENTI (so sánh không phân biệt dấu) chưa được hỗ trợ",
                            "ACCENTI (accent-insensitive comparison) is not supported");
                case "INTERVAL":
                    throw Cql2Errors.at(name.position(), "INTERVAL chỉ dùng được trong các hàm thời gian T_*",
                            "INTERVAL is only allowed in the temporal functions T_*");
                default:
                    if (Cql2Predicates.isSpatial(word) || Cql2Predicates.isTemporal(word)) {
                        throw Cql2Errors.at(name.position(), name.text() + " là một điều kiện, không phải một giá trị",
                                name.text() + " is a predicate, not a value");
                    }
                    if (Cql2Wkt.isGeometryWord(word)) {
                        throw Cql2Errors.at(name.position(), "hình học chỉ dùng được trong các hàm không gian S_*",
                                "a geometry is only allowed in the spatial functions S_*");
                    }
                    throw Cql2Errors.at(name.position(), "hàm " + name.text() + " chưa được hỗ trợ (chỉ có CASEI, TIMESTAMP, DATE, INTERVAL, S_*, T_*)",
                            "function " + name.text() + " is not supported (only CASEI, TIMESTAMP, DATE, INTERVAL, S_*, T_*)");
            }
        }

        private static Operand caseInsensitive(Operand inner) {
            if (inner instanceof Operand.Property p) {
                return new Operand.Property(p.name(), true, p.position());
            }
            if (inner instanceof Operand.Scalar s && s.kind() == Operand.Kind.STRING) {
                return new Operand.Scalar(s.text(), s.kind(), true, s.position());
            }
            throw Cql2Errors.at(inner.position(), "CASEI cần một thuộc tính hoặc một chuỗi", "CASEI needs a property or a string");
        }

        private Filter spatial(String name, Cql2Lexer.Token function, int depth) {
            at += 2;
            Operand first = spatialOperand(depth);
            expect(Cql2Lexer.Kind.COMMA, "dấu , giữa hai đối số", "',' between the two arguments");
            Operand second = spatialOperand(depth);
            expect(Cql2Lexer.Kind.RIGHT, "dấu ) đóng " + function.text(), "')' closing " + function.text());
            return predicates.spatial(name, first, second, function.position());
        }

        private Operand spatialOperand(int depth) {
            Cql2Lexer.Token t = peek();
            if (t.kind() == Cql2Lexer.Kind.IDENTIFIER && Cql2Wkt.isGeometryWord(Cql2Predicates.upper(t.text()))) {
                Cql2Wkt wkt = new Cql2Wkt(this::next, this::peek, geometries);
                return new Operand.Geometry(wkt.geometry(depth), t.position());
            }
            if (t.kind() == Cql2Lexer.Kind.QUOTED_IDENTIFIER
                    || (t.kind() == Cql2Lexer.Kind.IDENTIFIER && peek(1).kind() != Cql2Lexer.Kind.LEFT && !RESERVED.contains(Cql2Predicates.upper(t.text())))) {
                at++;
                return new Operand.Property(t.text(), false, t.position());
            }
            throw Cql2Errors.expected(t.position(), "một thuộc tính hình học hoặc một hình học (POINT, LINESTRING, POLYGON, MULTI…, GEOMETRYCOLLECTION, BBOX)",
                    "a geometry property or a geometry (POINT, LINESTRING, POLYGON, MULTI…, GEOMETRYCOLLECTION, BBOX)", t.found());
        }

        private Filter temporal(String name, Cql2Lexer.Token function) {
            at += 2;
            Operand first = temporalOperand();
            expect(Cql2Lexer.Kind.COMMA, "dấu , giữa hai đối số", "',' between the two arguments");
            Operand second = temporalOperand();
            expect(Cql2Lexer.Kind.RIGHT, "dấu ) đóng " + function.text(), "')' closing " + function.text());
            return predicates.temporal(name, first, second, function.position());
        }

        private Operand temporalOperand() {
            Cql2Lexer.Token t = peek();
            if (t.isWord("INTERVAL") && peek(1).kind() == Cql2Lexer.Kind.LEFT) {
                at += 2;
                TimeOperand.End begin = intervalEnd(false);
                expect(Cql2Lexer.Kind.COMMA, "dấu , giữa hai đầu của INTERVAL", "',' between the ends of INTERVAL");
                TimeOperand.End end = intervalEnd(true);
                expect(Cql2Lexer.Kind.RIGHT, "dấu ) đóng INTERVAL", "')' closing INTERVAL");
                return new Operand.Period(begin, end, t.position());
            }
            if ((t.isWord("TIMESTAMP") || t.isWord("DATE")) && peek(1).kind() == Cql2Lexer.Kind.LEFT) {
                at++;
                return function(Cql2Predicates.upper(t.text()), t, 0);
            }
            if (isPropertyName(t)) {
                at++;
                return new Operand.Property(t.text(), false, t.position());
            }
            throw Cql2Errors.expected(t.position(), "một thuộc tính thời gian, TIMESTAMP(…), DATE(…) hoặc INTERVAL(…)",
                    "a temporal property, TIMESTAMP(…), DATE(…) or INTERVAL(…)", t.found());
        }

        private boolean isPropertyName(Cql2Lexer.Token t) {
            return t.kind() == Cql2Lexer.Kind.QUOTED_IDENTIFIER
                    || (t.kind() == Cql2Lexer.Kind.IDENTIFIER && peek(1).kind() != Cql2Lexer.Kind.LEFT && !RESERVED.contains(Cql2Predicates.upper(t.text())));
        }

        /**
         * One end of an INTERVAL (CQL2's instantParameter): a string ('..', a date, a timestamp), TIMESTAMP(…) /
         * DATE(…), or a date-time property — INTERVAL(valid_from, valid_to) is a version's lifespan.
         */
        private TimeOperand.End intervalEnd(boolean isEnd) {
            Cql2Lexer.Token t = peek();
            if (t.kind() == Cql2Lexer.Kind.STRING) {
                at++;
                return Cql2Time.end(t.text(), isEnd, t.position());
            }
            if ((t.isWord("TIMESTAMP") || t.isWord("DATE")) && peek(1).kind() == Cql2Lexer.Kind.LEFT) {
                at += 2;
                Cql2Lexer.Token text = expect(Cql2Lexer.Kind.STRING, "một chuỗi thời gian", "a time string");
                expect(Cql2Lexer.Kind.RIGHT, "dấu )", "')'");
                return new TimeOperand.At(Cql2Time.intervalBound(text.text(), isEnd, text.position()));
            }
            if (isPropertyName(t)) {
                at++;
                return new TimeOperand.Property(t.text());
            }
            throw Cql2Errors.expected(t.position(), "một đầu của INTERVAL: '..', một ngày, một thời điểm hoặc một thuộc tính thời gian",
                    "an INTERVAL end: '..', a date, a timestamp or a temporal property", t.found());
        }

        Cql2Lexer.Token peek() {
            return peek(0);
        }

        private Cql2Lexer.Token peek(int ahead) {
            return tokens.get(Math.min(at + ahead, tokens.size() - 1));
        }

        Cql2Lexer.Token next() {
            Cql2Lexer.Token t = peek();
            if (at < tokens.size() - 1) {
                at++;
            }
            return t;
        }

        private boolean accept(Cql2Lexer.Kind kind) {
            if (peek().kind() == kind) {
                at++;
                return true;
            }
            return false;
        }

        private boolean acceptWord(String word) {
            if (peek().isWord(word)) {
                at++;
                return true;
            }
            return false;
        }

        Cql2Lexer.Token expect(Cql2Lexer.Kind kind, String vi, String en) {
            Cql2Lexer.Token t = peek();
            if (t.kind() != kind) {
                throw Cql2Errors.expected(t.position(), vi, en, t.found());
            }
            return next();
        }

        private void expectWord(String word, String vi, String en) {
            Cql2Lexer.Token t = peek();
            if (!t.isWord(word)) {
                throw Cql2Errors.expected(t.position(), vi, en, t.found());
            }
            at++;
        }
    }
}
