package vn.landinfo.transaction.adapter.json;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.databind.JsonNode;
import vn.landinfo.transaction.model.InvalidChange;

/**
 * What a GeoJSON geometry of a request must be before PostGIS reads it (RFC 7946 structure, checked
 * here because PostGIS is lenient where a register must not be: it reads a string coordinate as 0, an
 * unclosed ring as a ring, and relabels a geometry whose own {@code crs} member names another CRS). Each
 * fault is a 400 whose field is the geometry's ({@code children[1].geometry}, so its JSON pointer leads to
 * it) and whose message names the exact place ({@code children[1].geometry.coordinates[0][3]}) and what
 * was expected, Vietnamese first, then English. Whether a well-formed polygon is valid (self-intersection,
 * empty) stays a register rule with its violation code, checked after reading.
 */
final class GeoJsonInput {

    /** Nesting of {@code coordinates} per type: 0 = a position, 1 = positions, 2 = rings/lines, 3 = polygons. */
    private static final Map<String, Integer> DEPTH = Map.of(
            "Point", 0, "MultiPoint", 1, "LineString", 1, "MultiLineString", 2, "Polygon", 2, "MultiPolygon", 3);
    private static final Pattern EPSG = Pattern.compile(
            "(?i)(?:EPSG:|urn:ogc:def:crs:EPSG:[0-9.]*:|https?://www\\.opengis\\.net/def/crs/EPSG/[0-9.]+/)([0-9]{1,6})");
    private static final int WGS84 = 4326;

    private GeoJsonInput() {
    }

    /**
     * Checks {@code g} (given in {@code srid}); throws InvalidChange naming the field and the place at fault.
     * Vertices are counted first, so a huge geometry is refused (413) before anything else reads it.
     */
    static void check(JsonNode g, String field, int srid, int maxVertices) {
        if (g == null || g.isNull() || g.isMissingNode()) {
            throw InvalidChange.malformed(field, field + " là bắt buộc (một hình học GeoJSON) / " + field + " is required (a GeoJSON geometry)");
        }
        if (!g.isObject()) {
            throw InvalidChange.malformed(field, field + " phải là một đối tượng hình học GeoJSON / " + field
                    + " must be a GeoJSON geometry object {\"type\": ..., \"coordinates\": ...}, not " + describe(g));
        }
        JsonNode type = g.get("type");
        if (type == null || !type.isString()) {
            throw InvalidChange.malformed(field, field + " phải là một đối tượng hình học GeoJSON có 'type' / " + field
                    + " must be a GeoJSON geometry object with a 'type' (Polygon, MultiPolygon, LineString...)");
        }
        String t = type.asString();
        Integer depth = DEPTH.get(t);
        if (depth == null) {
            String hint = t.equals("Feature") || t.equals("FeatureCollection") ? " (give the Feature's geometry object itself)"
                    : t.equals("GeometryCollection") ? " (a GeometryCollection is not accepted)" : "";
            throw InvalidChange.malformed(field, field + ".type '" + t + "' không phải kiểu hình học được chấp nhận / "
                    + field + ".type '" + t + "' is not an accepted geometry type; expected one of Point, MultiPoint, LineString, "
                    + "MultiLineString, Polygon, MultiPolygon" + hint);
        }
        checkCrs(g.get("crs"), field, srid);
        JsonNode coordinates = g.get("coordinates");
        String at = field + ".coordinates";
        if (coordinates == null || coordinates.isNull()) {
            throw InvalidChange.malformed(field, at + " là bắt buộc / " + at + " is required for a " + t);
        }
        int vertices = count(coordinates, 0);
        if (vertices > maxVertices) {
            throw new InvalidChange(InvalidChange.Reason.TOO_LARGE, field, field + " có " + vertices + " đỉnh, vượt giới hạn "
                    + maxVertices + " đỉnh mỗi hình / " + field + " has " + vertices + " vertices; at most " + maxVertices
                    + " are accepted per geometry (landinfo.transactions.max-vertices-per-geometry)");
        }
        walk(coordinates, depth, t, field, at, srid, depth);
    }

    /**
     * Checks {@code g} as {@link #check} does and reads it into a JTS geometry carrying {@code srid}, with the
     * coordinates exactly as the JSON numbers give them (a height, if any, is dropped).
     */
    static Geometry read(JsonNode g, String field, int srid, int maxVertices) {
        check(g, field, srid, maxVertices);
        GeometryFactory f = new GeometryFactory(new PrecisionModel(), srid);
        JsonNode c = g.get("coordinates");
        return switch (g.get("type").asString()) {
            case "Point" -> f.createPoint(position(c));
            case "MultiPoint" -> f.createMultiPoint(java.util.Arrays.stream(positions(c)).map(f::createPoint).toArray(Point[]::new));
            case "LineString" -> f.createLineString(positions(c));
            case "MultiLineString" -> f.createMultiLineString(lines(c, f));
            case "Polygon" -> polygon(c, f);
            default -> {
                Polygon[] parts = new Polygon[c.size()];
                for (int i = 0; i < parts.length; i++) {
                    parts[i] = polygon(c.get(i), f);
                }
                yield f.createMultiPolygon(parts);
            }
        };
    }

    private static Coordinate position(JsonNode p) {
        return new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
    }

    private static Coordinate[] positions(JsonNode ps) {
        Coordinate[] out = new Coordinate[ps.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = position(ps.get(i));
        }
        return out;
    }

    private static LineString[] lines(JsonNode ls, GeometryFactory f) {
        LineString[] out = new LineString[ls.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = f.createLineString(positions(ls.get(i)));
        }
        return out;
    }

    private static Polygon polygon(JsonNode rings, GeometryFactory f) {
        if (rings.isEmpty()) {
            return f.createPolygon();
        }
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = f.createLinearRing(positions(rings.get(i)));
        }
        return f.createPolygon(f.createLinearRing(positions(rings.get(0))), holes);
    }

    private static void walk(JsonNode n, int depth, String type, String field, String at, int srid, int top) {
        if (depth == 0) {
            position(n, field, at, srid);
            return;
        }
        if (!n.isArray()) {
            throw nesting(field, at, type, top - depth, n);
        }
        for (int i = 0; i < n.size(); i++) {
            JsonNode child = n.get(i);
            String here = at + "[" + i + "]";
            if (depth >= 2 && child.isArray() && child.size() > 0 && child.get(0).isNumber()) {
                throw nesting(field, here, type, top - depth + 1, child);
            }
            walk(child, depth - 1, type, field, here, srid, top);
        }
        String what = depth == 1 ? lineKind(type) : null;
        if ("ring".equals(what)) {
            ring(n, field, at);
        } else if ("line".equals(what) && n.size() < 2) {
            throw InvalidChange.malformed(field, at + " có " + n.size() + " điểm; một đường cần ít nhất 2 điểm / " + at + " has "
                    + n.size() + " position(s); a LineString needs at least 2");
        }
    }

    /** What an array of positions is in this type: a polygon ring, a line, or points. */
    private static String lineKind(String type) {
        return switch (type) {
            case "Polygon", "MultiPolygon" -> "ring";
            case "LineString", "MultiLineString" -> "line";
            default -> "points";
        };
    }

    /** A linear ring: at least 4 positions, the last the same as the first (RFC 7946 §3.1.6). */
    private static void ring(JsonNode ring, String field, String at) {
        if (ring.size() < 4) {
            throw InvalidChange.malformed(field, at + " có " + ring.size() + " điểm; một vòng khép kín cần ít nhất 4 điểm, điểm cuối trùng điểm đầu / "
                    + at + " has " + ring.size() + " position(s); a polygon ring needs at least 4, the last equal to the first");
        }
        JsonNode first = ring.get(0);
        JsonNode last = ring.get(ring.size() - 1);
        if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
            throw InvalidChange.malformed(field, at + " không khép kín: điểm cuối " + last + " phải trùng điểm đầu " + first + " / "
                    + at + " is not closed: its last position " + last + " must equal its first " + first);
        }
    }

    private static void position(JsonNode p, String field, String at, int srid) {
        if (!p.isArray() || p.size() < 2 || p.size() > 3 || p.get(0).isArray()) {
            throw InvalidChange.malformed(field, at + " phải là một điểm [x, y] gồm 2 số / " + at
                    + " must be a position [x, y] of 2 numbers (a third, the height, is ignored), got " + shorten(p));
        }
        for (int i = 0; i < p.size(); i++) {
            JsonNode c = p.get(i);
            if (!c.isNumber() || !Double.isFinite(c.asDouble())) {
                throw InvalidChange.malformed(field, at + " phải gồm các số, không phải " + describe(c) + " / " + at
                        + " must hold numbers, got " + describe(c) + " " + shorten(c));
            }
        }
        double x = p.get(0).asDouble();
        double y = p.get(1).asDouble();
        if (srid == WGS84) {
            if (x < -180 || x > 180 || y < -90 || y > 90) {
                throw InvalidChange.malformed(field, at + " " + shorten(p) + " nằm ngoài EPSG:4326 (kinh độ −180..180, vĩ độ −90..90); "
                        + "nếu là tọa độ VN-2000 (mét) hãy khai crs của múi TM-3 / " + at + " " + shorten(p) + " is outside EPSG:4326 "
                        + "(longitude -180..180, latitude -90..90): if these are VN-2000 metres, give the transaction's crs as the "
                        + "TM-3 zone (EPSG:5896-5899 or EPSG:9205-9218)");
            }
        } else if (Math.abs(x) <= 180 && Math.abs(y) <= 90) {
            throw InvalidChange.malformed(field, at + " " + shorten(p) + " trông như độ (kinh, vĩ) nhưng crs là EPSG:" + srid
                    + " (mét); hãy khai crs EPSG:4326 / " + at + " " + shorten(p) + " looks like degrees (lon, lat) but the "
                    + "transaction's crs is EPSG:" + srid + " (metres): give crs EPSG:4326 for longitude/latitude");
        }
    }

    /** A GeoJSON 2008 {@code crs} member: tolerated when it names the transaction's CRS, refused when it names another. */
    private static void checkCrs(JsonNode crs, String field, int srid) {
        if (crs == null || crs.isNull()) {
            return;
        }
        String name = crs.path("properties").path("name").asString("");
        int named = -1;
        if (name.equalsIgnoreCase("OGC:CRS84") || name.toUpperCase(Locale.ROOT).endsWith("CRS84")) {
            named = WGS84;
        } else {
            Matcher m = EPSG.matcher(name.strip());
            if (m.matches()) {
                named = Integer.parseInt(m.group(1));
            }
        }
        if (named != srid) {
            String at = field + ".crs";
            throw InvalidChange.malformed(field, at + " khác hệ tọa độ của giao dịch (EPSG:" + srid + "); hệ tọa độ chỉ khai một lần "
                    + "ở trường crs của giao dịch / " + at + " " + shorten(crs) + " differs from the transaction's crs EPSG:" + srid
                    + ": give the CRS once, in the transaction's crs field (EPSG:4326 or a VN-2000 TM-3 zone EPSG:5896-5899 or EPSG:9205-9218)");
        }
    }

    private static InvalidChange nesting(String field, String at, String type, int level, JsonNode got) {
        String expected = switch (type) {
            case "Point" -> "[x, y]";
            case "MultiPoint", "LineString" -> "[[x, y], ...]";
            case "MultiLineString" -> "[[[x, y], ...], ...]";
            case "Polygon" -> "[[[x, y], ...]] (an array of rings, each an array of positions)";
            default -> "[[[[x, y], ...]], ...] (an array of polygons, each an array of rings)";
        };
        return InvalidChange.malformed(field, at + " lồng sai cấp cho kiểu " + type + " / " + at + " is nested wrongly for a " + type
                + ": its coordinates are " + expected + ", got " + shorten(got) + " at level " + level);
    }

    private static int count(JsonNode node, int depth) {
        if (node == null || !node.isArray() || depth > 6) {
            return 0;
        }
        if (node.size() > 0 && node.get(0).isNumber()) {
            return 1;
        }
        int n = 0;
        for (JsonNode child : node) {
            n += count(child, depth + 1);
            if (n > 10_000_000) {
                break;
            }
        }
        return n;
    }

    private static String describe(JsonNode n) {
        return ChangePayloads.describe(n);
    }

    private static String shorten(JsonNode n) {
        String s = n.toString();
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
