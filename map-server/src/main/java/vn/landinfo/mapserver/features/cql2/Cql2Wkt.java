package vn.landinfo.mapserver.features.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The geometry literals of cql2-text: WKT (POINT … GEOMETRYCOLLECTION, with an optional Z) and BBOX(…),
 * read from the parser's tokens and handed to {@link Cql2Geometries} to be checked and written.
 */
final class Cql2Wkt {

    private static final Set<String> WORDS = Set.of("POINT", "LINESTRING", "POLYGON", "MULTIPOINT", "MULTILINESTRING",
            "MULTIPOLYGON", "GEOMETRYCOLLECTION", "BBOX");

    private final Supplier<Cql2Lexer.Token> next;
    private final Supplier<Cql2Lexer.Token> peek;
    private final Cql2Geometries geometries;

    Cql2Wkt(Supplier<Cql2Lexer.Token> next, Supplier<Cql2Lexer.Token> peek, Cql2Geometries geometries) {
        this.next = next;
        this.peek = peek;
        this.geometries = geometries;
    }

    static boolean isGeometryWord(String upper) {
        return WORDS.contains(upper);
    }

    String geometry(int depth) {
        Cql2Lexer.Token name = next.get();
        String word = Cql2Predicates.upper(name.text());
        int at = name.position();
        if (word.equals("BBOX")) {
            return bbox();
        }
        if (peek.get().isWord("Z")) {
            next.get();
        }
        if (peek.get().isWord("EMPTY")) {
            throw Cql2Errors.at(peek.get().position(), "hình học rỗng chưa được hỗ trợ", "empty geometries are not supported");
        }
        return switch (word) {
            case "POINT" -> {
                left();
                Cql2Geometries.Position p = position();
                right();
                yield geometries.point(p);
            }
            case "LINESTRING" -> geometries.lineString(positions(), at);
            case "POLYGON" -> geometries.polygon(rings(), at);
            case "MULTIPOINT" -> geometries.multiPoint(multiPoint(), at);
            case "MULTILINESTRING" -> geometries.multiLineString(rings(), at);
            case "MULTIPOLYGON" -> {
                left();
                List<List<List<Cql2Geometries.Position>>> polygons = new ArrayList<>();
                do {
                    polygons.add(rings());
                } while (comma());
                right();
                yield geometries.multiPolygon(polygons, at);
            }
            default -> collection(depth, at);
        };
    }

    private String collection(int depth, int at) {
        Cql2Limits.checkDepth(depth + 1, at);
        left();
        List<String> members = new ArrayList<>();
        do {
            Cql2Lexer.Token t = peek.get();
            if (t.kind() != Cql2Lexer.Kind.IDENTIFIER || !isGeometryWord(Cql2Predicates.upper(t.text())) || t.isWord("BBOX")) {
                throw Cql2Errors.expected(t.position(), "một hình học WKT", "a WKT geometry", t.found());
            }
            members.add(geometry(depth + 1));
        } while (comma());
        right();
        return geometries.collection(members, at);
    }

    private String bbox() {
        Cql2Lexer.Token open = left();
        List<Double> numbers = new ArrayList<>();
        do {
            numbers.add(number());
        } while (comma() && numbers.size() < 6);
        right();
        return geometries.bbox(numbers, open.position());
    }

    /** MULTIPOINT((1 2), (3 4)) as the standard writes it, or MULTIPOINT(1 2, 3 4) as many clients do. */
    private List<Cql2Geometries.Position> multiPoint() {
        left();
        List<Cql2Geometries.Position> points = new ArrayList<>();
        do {
            if (peek.get().kind() == Cql2Lexer.Kind.LEFT) {
                left();
                points.add(position());
                right();
            } else {
                points.add(position());
            }
        } while (comma());
        right();
        return points;
    }

    private List<List<Cql2Geometries.Position>> rings() {
        left();
        List<List<Cql2Geometries.Position>> rings = new ArrayList<>();
        do {
            rings.add(positions());
        } while (comma());
        right();
        return rings;
    }

    private List<Cql2Geometries.Position> positions() {
        left();
        List<Cql2Geometries.Position> positions = new ArrayList<>();
        do {
            positions.add(position());
        } while (comma());
        right();
        return positions;
    }

    /** x y [z]: z is read and dropped. */
    private Cql2Geometries.Position position() {
        int at = peek.get().position();
        double x = number();
        double y = number();
        if (peek.get().kind() == Cql2Lexer.Kind.NUMBER) {
            number();
        }
        return geometries.position(x, y, at);
    }

    private double number() {
        Cql2Lexer.Token t = next.get();
        if (t.kind() != Cql2Lexer.Kind.NUMBER) {
            throw Cql2Errors.expected(t.position(), "một toạ độ (số)", "a coordinate (number)", t.found());
        }
        return Double.parseDouble(t.text());
    }

    private boolean comma() {
        if (peek.get().kind() == Cql2Lexer.Kind.COMMA) {
            next.get();
            return true;
        }
        return false;
    }

    private Cql2Lexer.Token left() {
        Cql2Lexer.Token t = next.get();
        if (t.kind() != Cql2Lexer.Kind.LEFT) {
            throw Cql2Errors.expected(t.position(), "dấu (", "'('", t.found());
        }
        return t;
    }

    private void right() {
        Cql2Lexer.Token t = next.get();
        if (t.kind() != Cql2Lexer.Kind.RIGHT) {
            throw Cql2Errors.expected(t.position(), "dấu , hoặc )", "',' or ')'", t.found());
        }
    }
}
