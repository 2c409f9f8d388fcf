package vn.landinfo.web.api.transaction;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * OpenAPI schemas of the change commands, written from the records themselves (the commands are what
 * the pipeline reads, so the documentation cannot drift from them): String → string, integers,
 * BigDecimal → number, LocalDate → date, List → array, JsonNode → a GeoJSON geometry, a record → its own
 * schema. Unknown fields are refused, which {@code additionalProperties: false} says.
 */
final class CommandSchemas {

    static final String GEOMETRY = "GeoJsonGeometry";

    private final Components components;
    private final Map<String, String> fieldDocs;

    CommandSchemas(Components components, Map<String, String> fieldDocs) {
        this.components = components;
        this.fieldDocs = fieldDocs;
        components.addSchemas(GEOMETRY, object("Hình học GeoJSON (Polygon, MultiPolygon hoặc LineString với đường cắt) trong `crs` của "
                + "giao dịch / a GeoJSON geometry (Polygon, MultiPolygon, or LineString for cutting lines) in the transaction's `crs`")
                .addProperty("type", type("string"))
                // Nested arrays whose depth depends on the type (RFC 7946 §3.1): items left open.
                .addProperty("coordinates", type("array").items(new Schema<>()))
                .required(java.util.List.of("type", "coordinates")));
    }

    /** Registers the record (and the records it holds) and returns a reference to it. */
    Schema<?> ref(Class<?> record) {
        String name = record.getSimpleName();
        if (components.getSchemas() == null || !components.getSchemas().containsKey(name)) {
            Schema<?> s = object(null);
            s.setAdditionalProperties(false);
            components.addSchemas(name, s); // before the components, so a record that holds itself terminates
            for (RecordComponent c : record.getRecordComponents()) {
                Schema<?> p = of(c.getGenericType());
                String doc = fieldDocs.get(c.getName());
                if (doc != null && p.get$ref() == null) {
                    p.description(doc);
                }
                s.addProperty(c.getName(), p);
            }
        }
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private Schema<?> of(Type t) {
        if (t instanceof ParameterizedType pt && pt.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)) {
            Schema<?> array = type("array");
            array.setItems(of(pt.getActualTypeArguments()[0]));
            return array;
        }
        Class<?> c = (Class<?>) (t instanceof ParameterizedType pt ? pt.getRawType() : t);
        if (c == String.class) {
            return type("string");
        }
        if (c == Long.class || c == long.class) {
            return type("integer").format("int64");
        }
        if (c == Integer.class || c == int.class) {
            return type("integer").format("int32");
        }
        if (c == BigDecimal.class || c == Double.class || c == double.class) {
            return type("number");
        }
        if (c == Boolean.class || c == boolean.class) {
            return type("boolean");
        }
        if (c == LocalDate.class) {
            return type("string").format("date");
        }
        if (JsonNode.class.isAssignableFrom(c)) {
            return new Schema<>().$ref("#/components/schemas/" + GEOMETRY);
        }
        if (c.isRecord()) {
            return ref(c);
        }
        return type("object");
    }

    static Schema<Object> type(String type) {
        Schema<Object> s = new Schema<>();
        s.setType(type);
        Set<String> types = new LinkedHashSet<>();
        types.add(type);
        s.setTypes(types);
        return s;
    }

    static Schema<Object> object(String description) {
        Schema<Object> s = type("object");
        if (description != null) {
            s.description(description);
        }
        return s;
    }
}
