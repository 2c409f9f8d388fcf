package vn.landinfo.mapserver.features.cql2;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.filter.ComparisonOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.SpatialOp;
import vn.landinfo.mapserver.features.filter.TemporalOp;
import vn.landinfo.mapserver.features.filter.TimeOperand;

/**
 * Builds the filter nodes from operands, for both encodings, so that cql2-text and cql2-json give equal trees:
 * the property goes first (a literal first flips the operator: {@code 5 < x} is {@code x > 5}), IN becomes an
 * OR of equalities, NOT LIKE / NOT BETWEEN / NOT IN / IS NOT NULL a NOT around the positive node, CASEI a
 * comparison with matchCase false. What the tree cannot say (two properties, two literals, ACCENTI) is refused.
 */
final class Cql2Predicates {

    private static final Map<String, SpatialOp> SPATIAL = Map.of(
            "S_INTERSECTS", SpatialOp.INTERSECTS, "S_EQUALS", SpatialOp.EQUALS, "S_DISJOINT", SpatialOp.DISJOINT,
            "S_TOUCHES", SpatialOp.TOUCHES, "S_WITHIN", SpatialOp.WITHIN, "S_OVERLAPS", SpatialOp.OVERLAPS,
            "S_CROSSES", SpatialOp.CROSSES, "S_CONTAINS", SpatialOp.CONTAINS);

    /** T_DISJOINT is not among the served operators: it is NOT T_INTERSECTS. */
    private static final Map<String, TemporalOp> TEMPORAL = Map.ofEntries(
            Map.entry("T_AFTER", TemporalOp.AFTER), Map.entry("T_BEFORE", TemporalOp.BEFORE),
            Map.entry("T_CONTAINS", TemporalOp.T_CONTAINS), Map.entry("T_DURING", TemporalOp.DURING),
            Map.entry("T_EQUALS", TemporalOp.T_EQUALS), Map.entry("T_FINISHEDBY", TemporalOp.ENDED_BY),
            Map.entry("T_FINISHES", TemporalOp.ENDS), Map.entry("T_INTERSECTS", TemporalOp.ANY_INTERACTS),
            Map.entry("T_MEETS", TemporalOp.MEETS), Map.entry("T_METBY", TemporalOp.MET_BY),
            Map.entry("T_OVERLAPPEDBY", TemporalOp.OVERLAPPED_BY), Map.entry("T_OVERLAPS", TemporalOp.T_OVERLAPS),
            Map.entry("T_STARTEDBY", TemporalOp.BEGUN_BY), Map.entry("T_STARTS", TemporalOp.BEGINS));

    private static final String T_DISJOINT = "T_DISJOINT";

    private final MapCrs crs;
    private int values;

    /** One instance per filter: it counts the literal values against {@link Cql2Limits#MAX_VALUES}. */
    Cql2Predicates(MapCrs crs) {
        this.crs = crs;
    }

    static boolean isSpatial(String upperName) {
        return SPATIAL.containsKey(upperName);
    }

    static boolean isTemporal(String upperName) {
        return TEMPORAL.containsKey(upperName) || T_DISJOINT.equals(upperName);
    }

    Filter comparison(ComparisonOp op, Operand left, Operand right) {
        if (left instanceof Operand.Scalar && right instanceof Operand.Property) {
            return comparison(op.converse(), right, left);
        }
        Operand.Property property = property(left, right);
        Operand.Scalar literal = scalar(right);
        return new Filter.Comparison(op, property.name(), literal.text(), matchCase(property, literal));
    }

    Filter like(Operand left, Operand pattern) {
        return like(left, pattern, false);
    }

    /** {@code ignoreCase}: ILIKE, which GDAL's OAPIF driver writes for its own ILIKE; not CQL2, accepted as CASEI. */
    Filter like(Operand left, Operand pattern, boolean ignoreCase) {
        Operand.Property property = property(left, pattern);
        Operand.Scalar literal = scalar(pattern);
        if (literal.kind() != Operand.Kind.STRING) {
            throw Cql2Errors.at(literal.position(), "mẫu LIKE phải là một chuỗi", "a LIKE pattern must be a string");
        }
        return new Filter.Like(property.name(), literal.text(), '%', '_', '\\', !ignoreCase && matchCase(property, literal));
    }

    Filter between(Operand value, Operand lower, Operand upper) {
        Operand.Property property = property(value, lower);
        Operand.Scalar low = scalar(lower);
        Operand.Scalar high = scalar(upper);
        if (low.caseInsensitive() || high.caseInsensitive() || property.caseInsensitive()) {
            // Between has no matchCase: the same range as two case-insensitive comparisons.
            return new Filter.And(List.of(
                    new Filter.Comparison(ComparisonOp.GREATER_THAN_OR_EQUAL, property.name(), low.text(), false),
                    new Filter.Comparison(ComparisonOp.LESS_THAN_OR_EQUAL, property.name(), high.text(), false)));
        }
        return new Filter.Between(property.name(), low.text(), high.text());
    }

    Filter in(Operand value, List<Operand> items, int position) {
        if (items.isEmpty()) {
            throw Cql2Errors.at(position, "danh sách IN rỗng", "the IN list is empty");
        }
        Cql2Limits.checkListItems(items.size(), position);
        List<Filter> equalities = new ArrayList<>(items.size());
        for (Operand item : items) {
            equalities.add(comparison(ComparisonOp.EQUAL, value, item));
        }
        return equalities.size() == 1 ? equalities.get(0) : new Filter.Or(equalities);
    }

    Filter isNull(Operand value) {
        if (!(value instanceof Operand.Property property)) {
            throw Cql2Errors.at(value.position(), "IS NULL cần một thuộc tính", "IS NULL needs a property");
        }
        return new Filter.IsNull(property.name());
    }

    /** {@code name} upper case, one of {@link #isSpatial}. */
    Filter spatial(String name, Operand first, Operand second, int position) {
        SpatialOp op = SPATIAL.get(name);
        if (first instanceof Operand.Geometry && second instanceof Operand.Property) {
            return spatial(op.converse(), second, first, position);
        }
        return spatial(op, first, second, position);
    }

    private Filter spatial(SpatialOp op, Operand first, Operand second, int position) {
        if (!(first instanceof Operand.Property property) || !(second instanceof Operand.Geometry geometry)) {
            throw Cql2Errors.at(position, "hàm không gian cần một thuộc tính hình học và một hình học cho sẵn (hai thuộc tính hay hai hình học chưa được hỗ trợ)",
                    "a spatial function needs a geometry property and a geometry literal (two properties or two literals are not supported)");
        }
        return new Filter.Spatial(op, property.name(), new GeometryLiteral(geometry.wkt(), crs, crs.latitudeFirst()));
    }

    /** The functions CQL2 defines for instants and intervals alike; the others compare two intervals only. */
    private static final java.util.Set<TemporalOp> INSTANTS_OR_INTERVALS = java.util.EnumSet.of(TemporalOp.AFTER, TemporalOp.BEFORE,
            TemporalOp.T_EQUALS, TemporalOp.ANY_INTERACTS);

    /**
     * {@code name} upper case, one of {@link #isTemporal}. Either operand may be a property, a literal or an
     * INTERVAL of properties and literals; T_DISJOINT is NOT T_INTERSECTS. An instant given to a function defined
     * between intervals only is the client's mistake (OGC 21-065, Temporal Functions).
     */
    Filter temporal(String name, Operand first, Operand second, int position) {
        if (T_DISJOINT.equals(name)) {
            return new Filter.Not(temporal("T_INTERSECTS", first, second, position));
        }
        TemporalOp op = TEMPORAL.get(name);
        TimeOperand a = time(first, position);
        TimeOperand b = time(second, position);
        if (!INSTANTS_OR_INTERVALS.contains(op) && (!a.interval() || !b.interval())) {
            Operand instant = a.interval() ? second : first;
            throw Cql2Errors.at(instant.position(), name + " so sánh hai khoảng thời gian INTERVAL(…); với một thời điểm hãy dùng "
                            + "T_AFTER, T_BEFORE, T_EQUALS, T_INTERSECTS hoặc T_DISJOINT",
                    name + " compares two intervals, INTERVAL(…); with an instant use T_AFTER, T_BEFORE, T_EQUALS, T_INTERSECTS or T_DISJOINT");
        }
        return new Filter.TimeRelation(op, a, b);
    }

    /** An operand as an instant or an interval; a literal interval must not end before it begins. */
    private static TimeOperand time(Operand operand, int position) {
        if (operand instanceof Operand.Property property) {
            return TimeOperand.instant(new TimeOperand.Property(property.name()));
        }
        if (operand instanceof Operand.Period period) {
            if (period.begin() instanceof TimeOperand.At b && period.end() instanceof TimeOperand.At e && e.instant().isBefore(b.instant())) {
                throw Cql2Errors.at(period.position(), "khoảng thời gian kết thúc trước khi bắt đầu", "the interval ends before it begins");
            }
            return new TimeOperand(period.begin(), period.end(), true);
        }
        if (operand instanceof Operand.Scalar scalar && scalar.kind() == Operand.Kind.TIMESTAMP) {
            return TimeOperand.instant(new TimeOperand.At(Instant.parse(scalar.text())));
        }
        if (operand instanceof Operand.Scalar scalar && scalar.kind() == Operand.Kind.DATE) {
            LocalDate day = LocalDate.parse(scalar.text());
            return new TimeOperand(new TimeOperand.At(Cql2Time.dayStart(day)), new TimeOperand.At(Cql2Time.dayEnd(day)), false);
        }
        throw Cql2Errors.at(operand.position(), "hàm thời gian cần thuộc tính thời gian, TIMESTAMP, DATE hoặc INTERVAL",
                "a temporal function needs temporal properties, TIMESTAMPs, DATEs or INTERVALs");
    }

    private static Operand.Property property(Operand operand, Operand other) {
        if (operand instanceof Operand.Property property) {
            if (other instanceof Operand.Property) {
                throw Cql2Errors.at(other.position(), "so sánh hai thuộc tính chưa được hỗ trợ; cần một giá trị cho sẵn",
                        "comparing two properties is not supported; expected a literal");
            }
            return property;
        }
        if (operand instanceof Operand.Scalar) {
            throw Cql2Errors.at(operand.position(), "so sánh hai giá trị cho sẵn chưa được hỗ trợ; cần một thuộc tính",
                    "comparing two literals is not supported; expected a property");
        }
        throw Cql2Errors.at(operand.position(), "cần một thuộc tính", "expected a property");
    }

    /** Every literal that reaches the tree passes here, so this is where they are counted. */
    private Operand.Scalar scalar(Operand operand) {
        if (operand instanceof Operand.Scalar scalar) {
            Cql2Limits.checkValues(++values, scalar.position());
            return scalar;
        }
        throw Cql2Errors.at(operand.position(), "cần một giá trị (chuỗi, số, true/false, TIMESTAMP, DATE)",
                "expected a literal (string, number, true/false, TIMESTAMP, DATE)");
    }

    private static boolean matchCase(Operand.Property property, Operand.Scalar literal) {
        return !(property.caseInsensitive() || literal.caseInsensitive());
    }

    static ComparisonOp comparisonOp(String symbol) {
        return switch (symbol) {
            case "=" -> ComparisonOp.EQUAL;
            case "<>" -> ComparisonOp.NOT_EQUAL;
            case "<" -> ComparisonOp.LESS_THAN;
            case "<=" -> ComparisonOp.LESS_THAN_OR_EQUAL;
            case ">" -> ComparisonOp.GREATER_THAN;
            case ">=" -> ComparisonOp.GREATER_THAN_OR_EQUAL;
            default -> null;
        };
    }

    static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }
}
