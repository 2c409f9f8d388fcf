package vn.landinfo.mapserver.features.cql2;

import java.util.ArrayList;
import java.util.List;

/** The GeoJSON geometry objects of cql2-json, read into {@link Cql2Geometries} (members other than type / coordinates / geometries are ignored, as GeoJSON allows foreign members). */
final class GeoJson {

    private final Cql2Geometries geometries;

    GeoJson(Cql2Geometries geometries) {
        this.geometries = geometries;
    }

    String geometry(Json.JsonObject object, int depth) {
        int at = object.position();
        if (!(object.members().get("type") instanceof Json.JsonString type)) {
            throw Cql2Errors.at(at, "\"type\" của hình học phải là một chuỗi", "a geometry's \"type\" must be a string");
        }
        if (type.text().equals("GeometryCollection")) {
            Cql2Limits.checkDepth(depth + 1, at);
            List<String> members = new ArrayList<>();
            for (Json.Value member : array(object.members().get("geometries"), at)) {
                if (!(member instanceof Json.JsonObject m) || !m.members().containsKey("type")) {
                    throw Cql2Errors.at(member.position(), "cần một hình học GeoJSON", "expected a GeoJSON geometry");
                }
                members.add(geometry(m, depth + 1));
            }
            return geometries.collection(members, at);
        }
        Json.Value coordinates = object.members().get("coordinates");
        return switch (type.text()) {
            case "Point" -> geometries.point(position(coordinates, at));
            case "LineString" -> geometries.lineString(positions(coordinates, at), at);
            case "Polygon" -> geometries.polygon(rings(coordinates, at), at);
            case "MultiPoint" -> geometries.multiPoint(positions(coordinates, at), at);
            case "MultiLineString" -> geometries.multiLineString(rings(coordinates, at), at);
            case "MultiPolygon" -> {
                List<List<List<Cql2Geometries.Position>>> polygons = new ArrayList<>();
                for (Json.Value polygon : array(coordinates, at)) {
                    polygons.add(rings(polygon, at));
                }
                yield geometries.multiPolygon(polygons, at);
            }
            default -> throw Cql2Errors.at(type.position(), "kiểu hình học GeoJSON không biết: " + Cql2Errors.Found.text(type.text()).vi(),
                    "unknown GeoJSON geometry type " + Cql2Errors.Found.text(type.text()).en());
        };
    }

    private List<List<Cql2Geometries.Position>> rings(Json.Value value, int at) {
        List<List<Cql2Geometries.Position>> rings = new ArrayList<>();
        for (Json.Value ring : array(value, at)) {
            rings.add(positions(ring, at));
        }
        return rings;
    }

    private List<Cql2Geometries.Position> positions(Json.Value value, int at) {
        List<Cql2Geometries.Position> positions = new ArrayList<>();
        for (Json.Value position : array(value, at)) {
            positions.add(position(position, at));
        }
        return positions;
    }

    /** [x, y] or [x, y, z]: z is dropped. */
    private Cql2Geometries.Position position(Json.Value value, int at) {
        List<Json.Value> numbers = array(value, at);
        if (numbers.size() < 2 || numbers.size() > 3) {
            throw Cql2Errors.at(value.position(), "một vị trí GeoJSON cần 2 hoặc 3 số", "a GeoJSON position needs 2 or 3 numbers");
        }
        return geometries.position(number(numbers.get(0)), number(numbers.get(1)), value.position());
    }

    private static List<Json.Value> array(Json.Value value, int at) {
        if (value instanceof Json.JsonArray array) {
            return array.items();
        }
        throw Cql2Errors.at(value == null ? at : value.position(), "cần một mảng toạ độ GeoJSON", "expected an array of GeoJSON coordinates");
    }

    static double number(Json.Value value) {
        if (value instanceof Json.JsonNumber n) {
            return Double.parseDouble(n.text());
        }
        throw Cql2Errors.at(value.position(), "cần một số", "expected a number");
    }
}
