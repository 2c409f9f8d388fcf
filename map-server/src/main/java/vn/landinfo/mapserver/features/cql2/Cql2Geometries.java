package vn.landinfo.mapserver.features.cql2;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Geometry literals of both encodings (WKT in cql2-text, GeoJSON in cql2-json, BBOX in both) checked and
 * written as one canonical 2D WKT, so that PostGIS never sees a malformed literal and the two encodings give
 * equal trees. A Z coordinate is accepted and dropped: the predicates are evaluated in the plane. One instance
 * per filter: it counts the positions against {@link Cql2Limits#MAX_COORDINATES}.
 */
final class Cql2Geometries {

    /** x and y in the filter CRS's axis order as written. */
    record Position(double x, double y) {
    }

    private int positions;

    Position position(double x, double y, int at) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw Cql2Errors.at(at, "toạ độ phải là số hữu hạn", "coordinates must be finite numbers");
        }
        if (++positions > Cql2Limits.MAX_COORDINATES) {
            throw Cql2Errors.at(at, "các hình học có quá " + Cql2Limits.MAX_COORDINATES + " điểm",
                    "the geometries have more than " + Cql2Limits.MAX_COORDINATES + " positions");
        }
        return new Position(x, y);
    }

    String point(Position p) {
        return "POINT(" + xy(p) + ")";
    }

    String lineString(List<Position> line, int at) {
        return "LINESTRING" + line(line, at);
    }

    String polygon(List<List<Position>> rings, int at) {
        return "POLYGON" + rings(rings, at);
    }

    String multiPoint(List<Position> points, int at) {
        nonEmpty(points, at);
        return "MULTIPOINT(" + points.stream().map(p -> "(" + xy(p) + ")").collect(Collectors.joining(",")) + ")";
    }

    String multiLineString(List<List<Position>> lines, int at) {
        nonEmpty(lines, at);
        return "MULTILINESTRING(" + lines.stream().map(l -> line(l, at)).collect(Collectors.joining(",")) + ")";
    }

    String multiPolygon(List<List<List<Position>>> polygons, int at) {
        nonEmpty(polygons, at);
        return "MULTIPOLYGON(" + polygons.stream().map(p -> rings(p, at)).collect(Collectors.joining(",")) + ")";
    }

    String collection(List<String> members, int at) {
        nonEmpty(members, at);
        return "GEOMETRYCOLLECTION(" + String.join(",", members) + ")";
    }

    /** BBOX(x1, y1, x2, y2) or with z: (x1, y1, z1, x2, y2, z2), as the polygon of its 2D footprint. */
    String bbox(List<Double> numbers, int at) {
        if (numbers.size() != 4 && numbers.size() != 6) {
            throw Cql2Errors.at(at, "BBOX cần 4 hoặc 6 số, có " + numbers.size(), "BBOX needs 4 or 6 numbers, got " + numbers.size());
        }
        int half = numbers.size() / 2;
        Position low = position(numbers.get(0), numbers.get(1), at);
        Position high = position(numbers.get(half), numbers.get(half + 1), at);
        if (low.x() > high.x() || low.y() > high.y()) {
            throw Cql2Errors.at(at, "góc dưới của BBOX lớn hơn góc trên (BBOX vắt qua kinh tuyến 180° chưa được hỗ trợ)",
                    "the BBOX's lower corner exceeds its upper corner (boxes across the antimeridian are not supported)");
        }
        positions += 3;
        Position lowHigh = new Position(low.x(), high.y());
        Position highLow = new Position(high.x(), low.y());
        return "POLYGON((" + xy(low) + "," + xy(highLow) + "," + xy(high) + "," + xy(lowHigh) + "," + xy(low) + "))";
    }

    private String line(List<Position> line, int at) {
        if (line.size() < 2) {
            throw Cql2Errors.at(at, "một đường cần ít nhất 2 điểm", "a line string needs at least 2 positions");
        }
        return "(" + line.stream().map(Cql2Geometries::xy).collect(Collectors.joining(",")) + ")";
    }

    private String rings(List<List<Position>> rings, int at) {
        nonEmpty(rings, at);
        for (List<Position> ring : rings) {
            if (ring.size() < 4 || !ring.get(0).equals(ring.get(ring.size() - 1))) {
                throw Cql2Errors.at(at, "mỗi vòng của đa giác cần ít nhất 4 điểm và khép kín (điểm cuối trùng điểm đầu)",
                        "each polygon ring needs at least 4 positions and must be closed (last equals first)");
            }
        }
        return "(" + rings.stream().map(r -> line(r, at)).collect(Collectors.joining(",")) + ")";
    }

    private static void nonEmpty(List<?> parts, int at) {
        if (parts.isEmpty()) {
            throw Cql2Errors.at(at, "hình học rỗng chưa được hỗ trợ", "empty geometries are not supported");
        }
    }

    private static String xy(Position p) {
        return number(p.x()) + " " + number(p.y());
    }

    /** Whole numbers without ".0", others as Java writes a double (PostGIS reads both, exponent included). */
    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value).toUpperCase(Locale.ROOT);
    }
}
