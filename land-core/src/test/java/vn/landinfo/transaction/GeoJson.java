package vn.landinfo.transaction;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The geometry a command carries, built from a JTS geometry of a test (a copy, so a command never shares
 * it); {@link #json} writes it as GeoJSON for tests that send requests as text.
 */
final class GeoJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private GeoJson() {
    }

    static Geometry of(Geometry g) {
        return g.copy();
    }

    static JsonNode json(Geometry g) {
        ObjectNode n = F.objectNode();
        n.put("type", g.getGeometryType());
        ArrayNode c = n.putArray("coordinates");
        if (g instanceof Point p) {
            if (!p.isEmpty()) {
                point(c, p.getCoordinate());
            }
        } else if (g instanceof LineString l) {
            line(c, l);
        } else if (g instanceof Polygon p) {
            polygon(c, p);
        } else if (g instanceof MultiPolygon m) {
            for (int i = 0; i < m.getNumGeometries(); i++) {
                polygon(c.addArray(), (Polygon) m.getGeometryN(i));
            }
        } else {
            throw new IllegalArgumentException(g.getGeometryType());
        }
        return n;
    }

    private static void polygon(ArrayNode into, Polygon p) {
        if (p.isEmpty()) {
            return;
        }
        line(into.addArray(), p.getExteriorRing());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            line(into.addArray(), p.getInteriorRingN(h));
        }
    }

    private static void line(ArrayNode into, LineString l) {
        for (Coordinate c : l.getCoordinates()) {
            point(into.addArray(), c);
        }
    }

    private static void point(ArrayNode into, Coordinate c) {
        into.add(c.x);
        into.add(c.y);
    }
}
