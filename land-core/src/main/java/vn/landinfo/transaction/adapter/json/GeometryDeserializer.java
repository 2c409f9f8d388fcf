package vn.landinfo.transaction.adapter.json;

import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads a GeoJSON geometry member of a change into a JTS geometry in the transaction's CRS, checked by
 * {@link GeoJsonInput} (structure, positions, vertex bound) with the field named as the handlers name it
 * ({@code children[1].geometry}). The CRS and the vertex bound come with each read as attributes, since
 * one mapper reads the changes of every transaction.
 */
final class GeometryDeserializer extends ValueDeserializer<Geometry> {

    static final String SRID = "landinfo.srid";
    static final String MAX_VERTICES = "landinfo.maxVerticesPerGeometry";

    @Override
    public Geometry deserialize(JsonParser p, DeserializationContext ctxt) {
        String field = field(p);
        JsonNode tree = ctxt.readTree(p);
        return GeoJsonInput.read(tree, field, (Integer) ctxt.getAttribute(SRID), (Integer) ctxt.getAttribute(MAX_VERTICES));
    }

    /** "children[1].geometry": the path of the value the parser is at, relative to the change. */
    private static String field(JsonParser p) {
        TokenStreamContext c = p.streamReadContext();
        JsonToken t = p.currentToken();
        if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && c.getParent() != null) {
            c = c.getParent(); // the value's own (still empty) context: its place is in the parent
        }
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.currentName() != null) {
                parts.addFirst("." + c.currentName());
            } else if (c.inArray()) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        String s = String.join("", parts);
        s = s.startsWith(".") ? s.substring(1) : s;
        return s.isEmpty() ? "change" : s.toString();
    }
}
