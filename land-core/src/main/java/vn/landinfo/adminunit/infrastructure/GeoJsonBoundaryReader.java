package vn.landinfo.adminunit.infrastructure;

import java.io.InputStream;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import vn.landinfo.adminunit.model.InvalidAdminUnitInput;

/**
 * Streams a GeoJSON FeatureCollection of unit boundaries feature by feature, so a 12 MB province file (or a
 * 150 MB set of them) never sits in memory as a tree. Each geometry is checked for shape — Polygon or
 * MultiPolygon, rings of at least four positions that close — and copied as text: numbers keep the exact
 * digits of the file, PostGIS parses them. Whether rings self-intersect is PostGIS's job (repair, not refusal).
 */
public final class GeoJsonBoundaryReader {

    private static final JsonFactory JSON = new JsonFactory();

    private final String source;

    /** @param source how error messages name the file */
    public GeoJsonBoundaryReader(String source) {
        this.source = source;
    }

    /** Reads every feature and hands it to {@code sink}; returns how many there were. */
    public int read(InputStream in, Consumer<BoundaryFeature> sink) {
        try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw refuse("không phải GeoJSON FeatureCollection / not a GeoJSON FeatureCollection (expected '{')");
            }
            String type = null;
            int features = -1;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (name.equals("type")) {
                    type = value == JsonToken.VALUE_STRING ? p.getString() : null;
                } else if (name.equals("features")) {
                    if (value != JsonToken.START_ARRAY) {
                        throw refuse("'features' is not an array");
                    }
                    features = 0;
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        sink.accept(readFeature(p, ++features));
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (!"FeatureCollection".equals(type)) {
                throw refuse("không phải GeoJSON FeatureCollection / not a GeoJSON FeatureCollection (type is " + type + ")");
            }
            if (features < 0) {
                throw refuse("FeatureCollection has no 'features' array");
            }
            return features;
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw refuse("JSON không hợp lệ / malformed JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                    + ": " + e.getOriginalMessage());
        }
    }

    private BoundaryFeature readFeature(JsonParser p, int ordinal) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw refuse(BoundaryFeature.label(ordinal, null) + " is not a JSON object");
        }
        String id = null;
        String propertyCode = null;
        Geometry geometry = null;
        boolean sawGeometry = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> id = value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getText() : null;
                case "geometry" -> {
                    sawGeometry = true;
                    geometry = value == JsonToken.VALUE_NULL ? null : readGeometry(p, ordinal, id);
                }
                case "properties" -> propertyCode = readPropertyCode(p);
                default -> p.skipChildren();
            }
        }
        String code = id != null ? id : propertyCode;
        String label = BoundaryFeature.label(ordinal, code);
        if (code == null) {
            throw refuse(label + " has no 'id' (the unit code) / thiếu mã đơn vị");
        }
        if (!sawGeometry || geometry == null) {
            throw refuse(label + " has no geometry / không có hình học");
        }
        return new BoundaryFeature(ordinal, code, geometry.type(), geometry.json());
    }

    private static String readPropertyCode(JsonParser p) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String code = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("code") && value == JsonToken.VALUE_STRING) {
                code = p.getString();
            } else {
                p.skipChildren();
            }
        }
        return code;
    }

    private record Geometry(String type, String json) {
    }

    private Geometry readGeometry(JsonParser p, int ordinal, String id) {
        String label = BoundaryFeature.label(ordinal, id);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw refuse(label + ": geometry is not a JSON object");
        }
        String type = null;
        StringBuilder coordinates = null;
        int depth = 0;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                type = p.getString();
                checkPolygonal(type, label);
            } else if (name.equals("coordinates")) {
                if (value != JsonToken.START_ARRAY) {
                    throw refuse(label + ": 'coordinates' is not an array");
                }
                coordinates = new StringBuilder(4096);
                depth = new CoordinateCopy(p, coordinates, label).copy().depth();
            } else {
                p.skipChildren();
            }
        }
        if (type == null) {
            throw refuse(label + ": geometry has no 'type'");
        }
        if (coordinates == null) {
            throw refuse(label + ": " + type + " has no 'coordinates'");
        }
        int expected = type.equals("Polygon") ? 3 : 4;
        if (depth != expected) {
            throw refuse(label + ": coordinates of a " + type + " must be nested " + expected + " arrays deep, found " + depth);
        }
        return new Geometry(type, "{\"type\":\"" + type + "\",\"coordinates\":" + coordinates + "}");
    }

    private void checkPolygonal(String type, String label) {
        if (!type.equals("Polygon") && !type.equals("MultiPolygon")) {
            throw refuse(label + ": hình học " + type + " không phải vùng / geometry type " + type
                    + " is not a Polygon or MultiPolygon");
        }
    }

    private InvalidAdminUnitInput refuse(String what) {
        return new InvalidAdminUnitInput(source + ": " + what);
    }

    /**
     * Copies one coordinates array as text while checking its shape. Every array must hold children of one kind;
     * an array of positions is a ring and must have at least four positions and end where it starts.
     */
    private final class CoordinateCopy {
        private final JsonParser p;
        private final StringBuilder out;
        private final String label;

        CoordinateCopy(JsonParser p, StringBuilder out, String label) {
            this.p = p;
            this.out = out;
            this.label = label;
        }

        /** Nesting depth (1 = a position) and the first and last positions under it. */
        record Shape(int depth, double[] first, double[] last) {
        }

        Shape copy() {
            out.append('[');
            JsonToken token = p.nextToken();
            if (token == JsonToken.END_ARRAY) {
                throw refuse(label + ": empty coordinate array");
            }
            if (token.isNumeric()) {
                return copyPosition(token);
            }
            Shape firstChild = null;
            Shape lastChild = null;
            int children = 0;
            for (; token != JsonToken.END_ARRAY; token = p.nextToken()) {
                if (token != JsonToken.START_ARRAY) {
                    throw refuse(label + ": coordinates mix numbers and arrays");
                }
                if (children++ > 0) {
                    out.append(',');
                }
                Shape child = copy();
                if (firstChild != null && child.depth() != firstChild.depth()) {
                    throw refuse(label + ": coordinates mix arrays of different depth");
                }
                if (firstChild == null) {
                    firstChild = child;
                }
                lastChild = child;
            }
            out.append(']');
            if (firstChild.depth() == 1) {
                checkRing(children, firstChild.first(), lastChild.first());
            }
            return new Shape(firstChild.depth() + 1, firstChild.first(), lastChild.last());
        }

        private Shape copyPosition(JsonToken token) {
            double[] position = new double[2];
            int n = 0;
            for (; token != JsonToken.END_ARRAY; token = p.nextToken()) {
                if (!token.isNumeric()) {
                    throw refuse(label + ": a position holds something other than numbers: " + p.getText());
                }
                if (n > 0) {
                    out.append(',');
                }
                if (n < 2) {
                    position[n] = p.getDoubleValue();
                }
                out.append(p.getText());
                n++;
            }
            out.append(']');
            if (n < 2 || n > 4) {
                throw refuse(label + ": a position has " + n + " numbers, expected 2 (longitude, latitude)");
            }
            return new Shape(1, position, position);
        }

        private void checkRing(int positions, double[] first, double[] last) {
            if (positions < 4) {
                throw refuse(label + ": a ring has " + positions + " positions, a polygon ring needs at least 4");
            }
            if (first[0] != last[0] || first[1] != last[1]) {
                throw refuse(label + ": a ring is not closed (its last position differs from its first)");
            }
        }
    }
}
