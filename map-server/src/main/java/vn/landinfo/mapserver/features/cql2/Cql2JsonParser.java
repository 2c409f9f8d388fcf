package vn.landinfo.mapserver.features.cql2;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.TimeOperand;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * CQL2 JSON (OGC 21-065, cql2-json) into the shared filter tree, the same classes as {@link Cql2TextParser}
 * and through the same {@link Cql2Predicates}, so both encodings of one filter give equal trees
 * (decision 0184). Geometries are GeoJSON objects or {"bbox": […]}; operator names in any case. Stateless.
 */
public final class Cql2JsonParser {

    private static final Set<String> OPERATION = Set.of("op", "args");

    /**
     * @param input     the {@code filter} parameter (or request body) as the client sent it
     * @param filterCrs the {@code filter-crs} (null: CRS84, longitude first)
     * @throws OgcException INVALID_PARAMETER_VALUE, locator {@code filter}, with the character offset
     */
    public Filter parse(String input, MapCrs filterCrs) {
        Cql2Limits.checkLength(input);
        Json.Value document = Json.read(input);
        return new Run(new Cql2Predicates(Cql2Crs.orDefault(filterCrs))).bool(document, 1);
    }

    /** One parse: the predicate builder and the per-filter geometry budget. */
    private static final class Run {

        private final Cql2Predicates predicates;
        private final Cql2Geometries geometries = new Cql2Geometries();

        Run(Cql2Predicates predicates) {
            this.predicates = predicates;
        }

        Filter bool(Json.Value value, int depth) {
            Cql2Limits.checkDepth(depth, value.position());
            if (value instanceof Json.JsonBoolean b) {
                return b.value() ? new Filter.Include() : new Filter.Exclude();
            }
            if (!(value instanceof Json.JsonObject object) || !object.members().containsKey("op")) {
                throw Cql2Errors.at(value.position(), "cần một biểu thức logic: {\"op\": …, \"args\": […]} hoặc true / false",
                        "expected a boolean expression: {\"op\": …, \"args\": […]} or true / false");
            }
            String op = operation(object);
            List<Json.Value> args = args(object);
            String name = Cql2Predicates.upper(op);
            ComparisonOp comparison = Cql2Predicates.comparisonOp(op);
            if (comparison != null) {
                arity(object, args, 2);
                return predicates.comparison(comparison, scalar(args.get(0), depth), scalar(args.get(1), depth));
            }
            if (Cql2Predicates.isSpatial(name)) {
                arity(object, args, 2);
                return predicates.spatial(name, spatialOperand(args.get(0), depth), spatialOperand(args.get(1), depth), object.position());
            }
            if (Cql2Predicates.isTemporal(name)) {
                arity(object, args, 2);
                return predicates.temporal(name, temporalOperand(args.get(0)), temporalOperand(args.get(1)), object.position());
            }
            switch (name) {
                case "AND", "OR": {
                    if (args.size() < 2) {
                        throw Cql2Errors.at(object.position(), op + " cần ít nhất 2 đối số", op + " needs at least 2 arguments");
                    }
                    List<Filter> operands = new ArrayList<>(args.size());
                    for (Json.Value arg : args) {
                        operands.add(bool(arg, depth + 1));
                    }
                    return name.equals("AND") ? new Filter.And(operands) : new Filter.Or(operands);
                }
                case "NOT":
                    arity(object, args, 1);
                    return new Filter.Not(bool(args.get(0), depth + 1));
                case "LIKE":
                    arity(object, args, 2);
                    return predicates.like(scalar(args.get(0), depth), scalar(args.get(1), depth));
                case "BETWEEN":
                    arity(object, args, 3);
                    return predicates.between(scalar(args.get(0), depth), scalar(args.get(1), depth), scalar(args.get(2), depth));
                case "IN": {
                    arity(object, args, 2);
                    if (!(args.get(1) instanceof Json.JsonArray list)) {
                        throw Cql2Errors.at(args.get(1).position(), "đối số thứ hai của in phải là một mảng", "the second argument of in must be an array");
                    }
                    Cql2Limits.checkListItems(list.items().size(), list.position());
                    List<Operand> items = new ArrayList<>(list.items().size());
                    for (Json.Value item : list.items()) {
                        items.add(scalar(item, depth));
                    }
                    return predicates.in(scalar(args.get(0), depth), items, object.position());
                }
                case "ISNULL":
                    arity(object, args, 1);
                    return predicates.isNull(scalar(args.get(0), depth));
                case "CASEI", "ACCENTI", "INTERVAL", "BBOX", "TIMESTAMP", "DATE":
                    throw Cql2Errors.at(object.position(), op + " không phải một điều kiện; cần một phép so sánh hay một hàm S_* / T_*",
                            op + " is not a predicate; expected a comparison or an S_* / T_* function");
                default:
                    throw unsupported(op, object.position());
            }
        }

        /** A property, a literal, or casei / timestamp / date of one. */
        private Operand scalar(Json.Value value, int depth) {
            if (value instanceof Json.JsonString s) {
                return new Operand.Scalar(s.text(), Operand.Kind.STRING, false, s.position());
            }
            if (value instanceof Json.JsonNumber n) {
                return new Operand.Scalar(n.text(), Operand.Kind.NUMBER, false, n.position());
            }
            if (value instanceof Json.JsonBoolean b) {
                return new Operand.Scalar(Boolean.toString(b.value()), Operand.Kind.BOOLEAN, false, b.position());
            }
            if (value instanceof Json.JsonObject object) {
                Map<String, Json.Value> members = object.members();
                if (members.containsKey("property")) {
                    return property(object);
                }
                if (members.containsKey("timestamp") && members.size() == 1) {
                    Json.JsonString text = string(members.get("timestamp"), "timestamp");
                    return new Operand.Scalar(Cql2Time.timestamp(text.text(), text.position()).toString(), Operand.Kind.TIMESTAMP, false, object.position());
                }
                if (members.containsKey("date") && members.size() == 1) {
                    Json.JsonString text = string(members.get("date"), "date");
                    return new Operand.Scalar(Cql2Time.date(text.text(), text.position()).toString(), Operand.Kind.DATE, false, object.position());
                }
                if (members.containsKey("op")) {
                    return function(object, depth);
                }
                if (members.containsKey("interval")) {
                    throw Cql2Errors.at(object.position(), "interval chỉ dùng được trong các hàm thời gian t_*",
                            "interval is only allowed in the temporal functions t_*");
                }
                if (members.containsKey("bbox") || members.containsKey("type")) {
                    throw Cql2Errors.at(object.position(), "hình học chỉ dùng được trong các hàm không gian s_*",
                            "a geometry is only allowed in the spatial functions s_*");
                }
            }
            if (value instanceof Json.JsonNull) {
                throw Cql2Errors.at(value.position(), "null không phải một giá trị; dùng isNull", "null is not a literal; use isNull");
            }
            throw Cql2Errors.at(value.position(), "cần {\"property\": …} hoặc một giá trị (chuỗi, số, true/false, {\"timestamp\": …}, {\"date\": …})",
                    "expected {\"property\": …} or a literal (string, number, true/false, {\"timestamp\": …}, {\"date\": …})");
        }

        private Operand function(Json.JsonObject object, int depth) {
            String op = operation(object);
            List<Json.Value> args = args(object);
            switch (Cql2Predicates.upper(op)) {
                case "CASEI": {
                    arity(object, args, 1);
                    Cql2Limits.checkDepth(depth + 1, object.position());
                    Operand inner = scalar(args.get(0), depth + 1);
                    if (inner instanceof Operand.Property p) {
                        return new Operand.Property(p.name(), true, p.position());
                    }
                    if (inner instanceof Operand.Scalar s && s.kind() == Operand.Kind.STRING) {
                        return new Operand.Scalar(s.text(), s.kind(), true, s.position());
                    }
                    throw Cql2Errors.at(inner.position(), "casei cần một thuộc tính hoặc một chuỗi", "casei needs a property or a string");
                }
                case "ACCENTI":
                    throw Cql2Errors.at(object.position(), "accenti (so sánh không phân biệt dấu) chưa được hỗ trợ",
                            "accenti (accent-insensitive comparison) is not supported");
                default:
                    if (Cql2Predicates.isSpatial(Cql2Predicates.upper(op)) || Cql2Predicates.isTemporal(Cql2Predicates.upper(op))) {
                        throw Cql2Errors.at(object.position(), op + " là một điều kiện, không phải một giá trị", op + " is a predicate, not a value");
                    }
                    throw unsupported(op, object.position());
            }
        }

        private Operand.Property property(Json.JsonObject object) {
            if (object.members().size() != 1) {
                throw Cql2Errors.at(object.position(), "{\"property\": …} không có thành phần nào khác", "{\"property\": …} has no other members");
            }
            Json.JsonString name = string(object.members().get("property"), "property");
            if (name.text().isEmpty()) {
                throw Cql2Errors.at(name.position(), "tên thuộc tính rỗng", "an empty property name");
            }
            return new Operand.Property(name.text(), false, object.position());
        }

        private Operand spatialOperand(Json.Value value, int depth) {
            if (value instanceof Json.JsonObject object) {
                if (object.members().containsKey("property")) {
                    return property(object);
                }
                if (object.members().containsKey("bbox") && !object.members().containsKey("type")) {
                    Json.Value bbox = object.members().get("bbox");
                    return new Operand.Geometry(geometries.bbox(numbers(bbox), bbox.position()), object.position());
                }
                if (object.members().containsKey("type")) {
                    return new Operand.Geometry(new GeoJson(geometries).geometry(object, depth), object.position());
                }
            }
            throw Cql2Errors.at(value.position(), "cần {\"property\": …}, một hình học GeoJSON hoặc {\"bbox\": […]}",
                    "expected {\"property\": …}, a GeoJSON geometry or {\"bbox\": […]}");
        }

        private Operand temporalOperand(Json.Value value) {
            if (value instanceof Json.JsonObject object) {
                Map<String, Json.Value> members = object.members();
                if (members.containsKey("property")) {
                    return property(object);
                }
                if (members.size() == 1 && (members.containsKey("timestamp") || members.containsKey("date"))) {
                    return scalar(object, 0);
                }
                if (members.size() == 1 && members.get("interval") instanceof Json.JsonArray ends && ends.items().size() == 2) {
                    return new Operand.Period(intervalBound(ends.items().get(0), false), intervalBound(ends.items().get(1), true), object.position());
                }
            }
            throw Cql2Errors.at(value.position(), "cần {\"property\": …}, {\"timestamp\": …}, {\"date\": …} hoặc {\"interval\": [đầu, cuối]}",
                    "expected {\"property\": …}, {\"timestamp\": …}, {\"date\": …} or {\"interval\": [begin, end]}");
        }

        /** One end of an interval: "..", a date or a timestamp (a string or {"date"} / {"timestamp"}), or {"property"}. */
        private TimeOperand.End intervalBound(Json.Value value, boolean isEnd) {
            if (value instanceof Json.JsonString s) {
                return Cql2Time.end(s.text(), isEnd, s.position());
            }
            if (value instanceof Json.JsonObject object && object.members().size() == 1) {
                if (object.members().get("timestamp") instanceof Json.JsonString s) {
                    return new TimeOperand.At(Cql2Time.timestamp(s.text(), s.position()));
                }
                if (object.members().get("date") instanceof Json.JsonString s) {
                    return new TimeOperand.At(Cql2Time.intervalBound(Cql2Time.date(s.text(), s.position()).toString(), isEnd, s.position()));
                }
                if (object.members().containsKey("property")) {
                    return new TimeOperand.Property(property(object).name());
                }
            }
            throw Cql2Errors.at(value.position(), "một đầu của interval: \"..\", một ngày, một thời điểm hoặc {\"property\": …}",
                    "an interval end: \"..\", a date, a timestamp or {\"property\": …}");
        }

        private static List<Double> numbers(Json.Value value) {
            if (!(value instanceof Json.JsonArray array) || array.items().size() > 6) {
                throw Cql2Errors.at(value.position(), "cần một mảng 4 hoặc 6 số", "expected an array of 4 or 6 numbers");
            }
            List<Double> out = new ArrayList<>();
            for (Json.Value item : array.items()) {
                out.add(GeoJson.number(item));
            }
            return out;
        }

        private static String operation(Json.JsonObject object) {
            for (String member : object.members().keySet()) {
                if (!OPERATION.contains(member)) {
                    throw Cql2Errors.at(object.position(), "thành phần lạ \"" + member + "\" (chỉ có \"op\" và \"args\")",
                            "unknown member \"" + member + "\" (only \"op\" and \"args\")");
                }
            }
            return string(object.members().get("op"), "op").text();
        }

        private static List<Json.Value> args(Json.JsonObject object) {
            Json.Value args = object.members().get("args");
            if (!(args instanceof Json.JsonArray array)) {
                throw Cql2Errors.at(args == null ? object.position() : args.position(), "cần \"args\": […]", "expected \"args\": […]");
            }
            return array.items();
        }

        private static void arity(Json.JsonObject object, List<Json.Value> args, int count) {
            if (args.size() != count) {
                throw Cql2Errors.at(object.position(), "phép này cần đúng " + count + " đối số, có " + args.size(),
                        "this operation needs exactly " + count + " arguments, got " + args.size());
            }
        }

        private static Json.JsonString string(Json.Value value, String member) {
            if (value instanceof Json.JsonString s) {
                return s;
            }
            throw Cql2Errors.at(value.position(), "\"" + member + "\" phải là một chuỗi", "\"" + member + "\" must be a string");
        }

        private static OgcException unsupported(String op, int position) {
            String shown = op.length() > 40 ? op.substring(0, 40) + "…" : op;
            return Cql2Errors.at(position, "phép \"" + shown + "\" chưa được hỗ trợ (hàm tự định nghĩa, số học và mảng không có)",
                    "operation \"" + shown + "\" is not supported (no custom functions, arithmetic or array functions)");
        }
    }
}
