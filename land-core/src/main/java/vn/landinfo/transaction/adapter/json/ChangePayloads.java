package vn.landinfo.transaction.adapter.json;

import vn.landinfo.transaction.application.TransactionPipeline;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.type.LogicalType;
import org.locationtech.jts.geom.Geometry;
import vn.landinfo.transaction.application.ChangeFormat;
import vn.landinfo.transaction.application.StoredChange;
import vn.landinfo.transaction.application.command.ChangeCommand;
import vn.landinfo.transaction.model.InvalidChange;
import vn.landinfo.transaction.model.TransactionKind;

/**
 * The change of a transaction as JSON: reads it into the kind's typed command (strictly: an unknown
 * field, a fraction where an integer belongs or a string where a number belongs is a client error that
 * names the field, never silently dropped or rounded), and keeps it on the transaction together with the
 * CRS its coordinates are in, because a draft's geometry means nothing without it.
 *
 * <p>Stored payload: {@code {"crs": "EPSG:4326", "change": {...}}}. Field names in errors follow the
 * handlers' style, relative to the change: {@code parcelId}, {@code purposes[0].area}; {@code change}
 * is the change as a whole.
 */
public final class ChangePayloads implements ChangeFormat {

    /** A stored change: the SRID its geometries are given in and the change itself. */
    public record Stored(int srid, JsonNode change) {
    }

    private final Map<TransactionKind, Class<? extends ChangeCommand>> commandTypes;
    private final int maxVerticesPerGeometry;
    private final ObjectMapper json;
    private final ObjectMapper strict;

    /** Reads the changes of the kinds the pipeline runs, bounded by its settings. */
    public ChangePayloads(TransactionPipeline pipeline, ObjectMapper json) {
        this(kinds(pipeline), pipeline.settings().maxVerticesPerGeometry(), json);
    }

    public ChangePayloads(Map<TransactionKind, Class<? extends ChangeCommand>> commandTypes, int maxVerticesPerGeometry,
                          ObjectMapper json) {
        this.commandTypes = new EnumMap<>(commandTypes);
        this.maxVerticesPerGeometry = maxVerticesPerGeometry;
        this.json = json;
        this.strict = json.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                // A number or a boolean where the change wants text (a serial, a reason, a contract number) is
                // a client's mistake, not something to stringify.
                .withCoercionConfig(LogicalType.Textual, c -> c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .addModule(new SimpleModule("landinfo-geojson").addDeserializer(Geometry.class, new GeometryDeserializer()))
                .build();
    }

    /** The kinds the register can run now (a kind without a use case is refused as unsupported). */
    public Collection<TransactionKind> supportedKinds() {
        return new TreeSet<>(commandTypes.keySet());
    }

    /**
     * Reads the change of a transaction of this kind into its command, its geometries given in {@code srid}
     * (checked for structure and bounded in size here, so a draft refuses at once what no preview could use).
     */
    public ChangeCommand read(TransactionKind kind, int srid, JsonNode change) {
        Class<? extends ChangeCommand> type = Optional.ofNullable(commandTypes.get(kind)).orElseThrow(() -> InvalidChange.malformed("kind",
                "kind " + kind.code() + " is not supported yet; supported kinds: " + supportedKinds()));
        if (change == null || change.isMissingNode() || change.isNull()) {
            throw InvalidChange.malformed("change", "change is required: an object with the fields of a " + kind.code() + " change");
        }
        if (!change.isObject()) {
            throw InvalidChange.malformed("change", "change must be a JSON object with the fields of a " + kind.code()
                    + " change, not " + describe(change));
        }
        NullElements.refuse(change);
        try {
            return strict.readerFor(type).withAttribute(GeometryDeserializer.SRID, srid)
                    .withAttribute(GeometryDeserializer.MAX_VERTICES, maxVerticesPerGeometry)
                    .readValue(change);
        } catch (UnrecognizedPropertyException e) {
            String field = field(e.getPath());
            throw InvalidChange.malformed(field, field + " is not a field of a " + kind.code() + " change"
                    + knownFields(e) + " (is the kind right?)");
        } catch (MismatchedInputException e) {
            rethrowOwn(e);
            String field = field(e.getPath());
            JsonNode given = at(change, e.getPath());
            throw InvalidChange.malformed(field, field + " must be " + expected(e.getTargetType())
                    + (given == null ? reason(e) : ", got " + (given.isValueNode() && !given.isNull()
                            ? describe(given) + " " + shorten(given.toString()) : describe(given))));
        } catch (JacksonException e) {
            rethrowOwn(e);
            String field = field(e.getPath());
            throw InvalidChange.malformed(field, field + " is not readable: " + reason(e).replaceFirst("^; ", ""));
        }
    }

    /** A geometry's own check fails with an InvalidChange naming its field; Jackson may have wrapped it. */
    private static void rethrowOwn(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof InvalidChange own) {
                throw own;
            }
        }
    }

    private static Map<TransactionKind, Class<? extends ChangeCommand>> kinds(TransactionPipeline pipeline) {
        Map<TransactionKind, Class<? extends ChangeCommand>> out = new EnumMap<>(TransactionKind.class);
        pipeline.supportedKinds().forEach(k -> out.put(k, pipeline.commandType(k).orElseThrow()));
        return out;
    }

    /** Reads a change that came in, and the form a draft keeps it in. */
    public StoredChange encode(TransactionKind kind, int srid, JsonNode change) {
        return new StoredChange(read(kind, srid, change), srid, store(srid, change));
    }

    @Override
    public StoredChange decode(TransactionKind kind, String stored) {
        Stored s = parse(stored);
        return new StoredChange(read(kind, s.srid(), s.change()), s.srid(), stored);
    }

    /** The payload kept on the transaction. */
    public String store(int srid, JsonNode change) {
        ObjectNode n = json.createObjectNode();
        n.put("crs", "EPSG:" + srid);
        n.set("change", change);
        return n.toString();
    }

    /** A stored payload read back. */
    public Stored parse(String payloadJson) {
        JsonNode n = json.readTree(payloadJson);
        String crs = n.path("crs").asString("EPSG:4326");
        return new Stored(Integer.parseInt(crs.substring(crs.indexOf(':') + 1)), n.path("change"));
    }

    /** "purposes[0].area" from Jackson's path (relative to the change). */
    static String field(List<JacksonException.Reference> path) {
        StringBuilder s = new StringBuilder();
        for (JacksonException.Reference r : path) {
            if (r.getPropertyName() != null) {
                if (!s.isEmpty()) {
                    s.append('.');
                }
                s.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                s.append('[').append(r.getIndex()).append(']');
            }
        }
        return s.isEmpty() ? "change" : s.toString();
    }

    /** The value at Jackson's path inside the change, or null when the path does not lead to one. */
    private static JsonNode at(JsonNode change, List<JacksonException.Reference> path) {
        JsonNode n = change;
        for (JacksonException.Reference r : path) {
            if (n == null) {
                return null;
            }
            n = r.getPropertyName() != null ? n.get(r.getPropertyName()) : r.getIndex() >= 0 ? n.get(r.getIndex()) : n;
        }
        return n == null || n.isMissingNode() || n == change ? null : n;
    }

    private static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String knownFields(UnrecognizedPropertyException e) {
        if (e.getKnownPropertyIds() == null || e.getKnownPropertyIds().isEmpty()) {
            return "";
        }
        TreeSet<String> known = new TreeSet<>();
        e.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
        return "; its fields are " + String.join(", ", known);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == Long.class || type == Integer.class || type == long.class || type == int.class || type == BigInteger.class) {
            return "an integer";
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "an ISO date (YYYY-MM-DD)";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Geometry.class.isAssignableFrom(type)) {
            return "a GeoJSON geometry object";
        }
        return "an object (" + type.getSimpleName() + ")";
    }

    private static String reason(JacksonException e) {
        String m = e.getOriginalMessage();
        if (m == null) {
            return "";
        }
        // Jackson's first sentence says what it got; the rest names Java types an API client has no use for.
        String first = m.lines().findFirst().orElse("").replaceAll("`[a-z]+(\\.[a-zA-Z0-9_$]+)+`", "").trim();
        return first.isEmpty() ? "" : "; " + first.toLowerCase(Locale.ROOT).charAt(0) + first.substring(1);
    }

    /** What a JSON value is, in the words a message to an API client uses ("an array", "a string"…). */
    static String describe(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case OBJECT -> "an object";
            case NULL -> "null";
            default -> n.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
