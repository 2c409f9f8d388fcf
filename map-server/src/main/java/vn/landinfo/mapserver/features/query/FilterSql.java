package vn.landinfo.mapserver.features.query;

import java.util.List;
import java.util.stream.Collectors;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.PropertyType;
import vn.landinfo.mapserver.features.filter.DistanceOp;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.features.filter.GeometryLiteral;
import vn.landinfo.mapserver.features.filter.SpatialOp;
import vn.landinfo.mapserver.features.filter.TemporalOp;
import vn.landinfo.mapserver.features.filter.TimeOperand;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.sql.Sql;

/**
 * One filter tree written as a WHERE condition over the feature row {@code f}, every value bound. Property names
 * are checked here, literals parsed ({@link Literals}), geometries transformed to the view's WGS 84 by PostGIS
 * (docs/decisions/0171-features-sql-compiler-history-and-paging.md).
 */
final class FilterSql {

    private final FeatureType type;
    private final Source source;
    private final Sql sql;

    FilterSql(FeatureType type, Source source, Sql sql) {
        this.type = type;
        this.source = source;
        this.sql = sql;
    }

    void write(Filter f) {
        if (f instanceof Filter.Include) {
            sql.append("TRUE");
        } else if (f instanceof Filter.Exclude) {
            sql.append("FALSE");
        } else if (f instanceof Filter.And a) {
            join(a.operands(), " AND ", "TRUE");
        } else if (f instanceof Filter.Or o) {
            join(o.operands(), " OR ", "FALSE");
        } else if (f instanceof Filter.Not n) {
            sql.append("NOT (");
            write(n.operand());
            sql.append(")");
        } else if (f instanceof Filter.Comparison c) {
            comparison(c);
        } else if (f instanceof Filter.Like l) {
            like(l);
        } else if (f instanceof Filter.Between b) {
            FeatureProperty p = nonGeometry(b.property());
            sql.append("(" + Identifiers.column(p.column()) + " BETWEEN ? AND ?)", Literals.parse(p, b.lower()), Literals.parse(p, b.upper()));
        } else if (f instanceof Filter.IsNull n) {
            sql.append(Filter.GML_PROPERTIES.contains(n.property()) ? "TRUE"
                    : "(" + Identifiers.column(property(n.property()).column()) + " IS NULL)");
        } else if (f instanceof Filter.IsNil n && Filter.GML_PROPERTIES.contains(n.property())) {
            sql.append("FALSE");
        } else if (f instanceof Filter.IsNil n) {
            // A nullable property is written xsi:nil when it has no value (the GML encoders), so Nil is IS NULL there;
            // a property that is never nil selects nothing, and is no error.
            FeatureProperty p = property(n.property());
            sql.append(p.nullable() ? "(" + Identifiers.column(p.column()) + " IS NULL)" : "FALSE");
        } else if (f instanceof Filter.Spatial s) {
            spatial(s);
        } else if (f instanceof Filter.Distance d) {
            distance(d);
        } else if (f instanceof Filter.Temporal t) {
            temporal(t);
        } else if (f instanceof Filter.TimeRelation t) {
            timeRelation(t);
        } else if (f instanceof Filter.ResourceIds r) {
            new ResourceIdSql(type, source, sql).write(r.ids());
        } else {
            throw new IllegalStateException("filter node not compiled: " + f);
        }
    }

    private void join(List<Filter> operands, String op, String empty) {
        if (operands.isEmpty()) {
            sql.append(empty);
            return;
        }
        sql.append("(");
        for (int i = 0; i < operands.size(); i++) {
            if (i > 0) {
                sql.append(op);
            }
            write(operands.get(i));
        }
        sql.append(")");
    }

    private void comparison(Filter.Comparison c) {
        FeatureProperty p = nonGeometry(c.property());
        Object value = Literals.parse(p, c.literal());
        String column = Identifiers.column(p.column());
        if (p.type() == PropertyType.STRING && !c.matchCase()) {
            sql.append("(lower(" + column + ") " + c.op().sql() + " lower(?))", value);
        } else {
            sql.append("(" + column + " " + c.op().sql() + " ?)", value);
        }
    }

    private void like(Filter.Like l) {
        FeatureProperty p = nonGeometry(l.property());
        String column = Identifiers.column(p.column());
        if (p.type() != PropertyType.STRING) {
            column = column + "::text";
        }
        sql.append("(" + column + (l.matchCase() ? " LIKE" : " ILIKE") + " ? ESCAPE '\\')",
                likePattern(Literals.text(p, l.pattern()), l.wildCard(), l.singleChar(), l.escapeChar()));
    }

    /** The request's pattern in SQL LIKE terms: its wildcards become % and _, SQL's own become literal. */
    static String likePattern(String pattern, char wildCard, char singleChar, char escapeChar) {
        StringBuilder b = new StringBuilder(pattern.length() + 8);
        boolean escaped = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (escaped) {
                literal(b, c);
                escaped = false;
            } else if (c == escapeChar) {
                escaped = true;
            } else if (c == wildCard) {
                b.append('%');
            } else if (c == singleChar) {
                b.append('_');
            } else {
                literal(b, c);
            }
        }
        if (escaped) {
            // A trailing escape character escapes nothing: it stands for itself.
            literal(b, escapeChar);
        }
        return b.toString();
    }

    private static void literal(StringBuilder b, char c) {
        if (c == '%' || c == '_' || c == '\\') {
            b.append('\\');
        }
        b.append(c);
    }

    private void spatial(Filter.Spatial s) {
        String g = Identifiers.column(geometry(s.property()).column());
        String fn = switch (s.op()) {
            case BBOX, INTERSECTS, DISJOINT -> "ST_Intersects";
            case CONTAINS -> "ST_Contains";
            case WITHIN -> "ST_Within";
            case TOUCHES -> "ST_Touches";
            case OVERLAPS -> "ST_Overlaps";
            case CROSSES -> "ST_Crosses";
            case EQUALS -> "ST_Equals";
        };
        // Disjoint is written as NOT Intersects: ST_Disjoint cannot use the spatial index.
        sql.append(s.op() == SpatialOp.DISJOINT ? "NOT " : "").append(fn + "(" + g + ", ");
        literalGeometry(s.geometry());
        sql.append(")");
    }

    private void distance(Filter.Distance d) {
        if (!(d.metres() >= 0) || Double.isInfinite(d.metres())) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "Distance",
                    "Khoảng cách phải là số mét không âm, không phải " + d.metres(),
                    "the distance must be a non-negative number of metres, not " + d.metres());
        }
        String g = Identifiers.column(geometry(d.property()).column());
        if (d.op() == DistanceOp.DWITHIN) {
            // The box test lets the spatial index on the WGS 84 column work; the geography test decides in metres.
            // A degree of longitude is at least 110 km × cos(latitude), so the box is never too small.
            sql.append("(" + g + " && (SELECT ST_Expand(l.g, ? / (110000.0 * cos(radians(least(89.9, greatest(abs(ST_YMin(l.g)), "
                    + "abs(ST_YMax(l.g)))))))) FROM (SELECT ", d.metres());
            literalGeometry(d.geometry());
            sql.append(" AS g) l) AND ");
        } else {
            sql.append("(NOT ");
        }
        sql.append("ST_DWithin(" + g + "::geography, (");
        literalGeometry(d.geometry());
        sql.append(")::geography, ?))", d.metres());
    }

    /** The request's geometry in the view's CRS: parsed from WKT in its CRS, flipped if latitude-first, transformed. */
    private void literalGeometry(GeometryLiteral lit) {
        if (lit == null || lit.wkt() == null || lit.crs() == null) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "filter", "Thiếu hình thể hoặc hệ tọa độ trong bộ lọc không gian",
                    "a spatial predicate lacks its geometry or CRS");
        }
        String g = "ST_GeomFromText(?, " + lit.crs().srid() + ")";
        if (lit.axesSwapped()) {
            g = "ST_FlipCoordinates(" + g + ")";
        }
        if (lit.crs().srid() != 4326) {
            g = "ST_Transform(" + g + ", 4326)";
        }
        // A scalar subquery is evaluated once per statement, whatever plan the server picks.
        sql.append("(SELECT " + g + ")", lit.wkt());
    }

    private void temporal(Filter.Temporal t) {
        FeatureProperty p = property(t.property());
        if (p.type() != PropertyType.DATE_TIME) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, p.name(),
                    "Phép so sánh thời gian cần một thuộc tính ngày giờ; '" + p.name() + "' không phải. Thuộc tính ngày giờ: " + dateTimes(),
                    "a temporal predicate needs a date-time property; '" + p.name() + "' is not one. Date-time properties: " + dateTimes());
        }
        if (t.begin() == null || t.end() == null || t.end().isBefore(t.begin())) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, p.name(), "Khoảng thời gian trong bộ lọc không hợp lệ",
                    "the period in the temporal predicate is not valid (its end is before its begin, or an end is missing)");
        }
        String c = Identifiers.column(p.column());
        Object b = Source.ts(t.begin());
        Object e = Source.ts(t.end());
        boolean instant = t.begin().equals(t.end());
        // The property is an instant; the literal an instant (begin = end) or a period. Relations an instant
        // cannot have with a period (contains, overlaps) select nothing.
        switch (t.op()) {
            case AFTER -> sql.append("(" + c + " > ?)", e);
            case BEFORE -> sql.append("(" + c + " < ?)", b);
            case BEGINS, MEETS -> sql.append("(" + c + " = ?)", b);
            case ENDS, MET_BY -> sql.append("(" + c + " = ?)", e);
            case BEGUN_BY, ENDED_BY, T_EQUALS, T_CONTAINS -> sql.append(instant ? "(" + c + " = ?)" : "FALSE", instant ? new Object[] {b} : new Object[0]);
            case DURING -> sql.append("(" + c + " > ? AND " + c + " < ?)", b, e);
            case T_OVERLAPS, OVERLAPPED_BY -> sql.append("FALSE");
            case ANY_INTERACTS -> sql.append("(" + c + " >= ? AND " + c + " <= ?)", b, e);
        }
    }

    /**
     * A CQL2 temporal function as comparisons of the operands' ends, t1 = [b1, e1] and t2 = [b2, e2], closed at both
     * ends (OGC 21-065 Temporal Functions, after OWL-Time): after b1 > e2; before e1 < b2; equals b1 = b2 and e1 = e2;
     * intersects b1 ≤ e2 and e1 ≥ b2; the interval relations as Allen's. Each end is written where it is used, so
     * every placeholder is bound in order.
     */
    private void timeRelation(Filter.TimeRelation t) {
        TimeOperand a = t.first();
        TimeOperand b = t.second();
        // Every property named is checked, also an end the relation does not compare (T_MEETS reads one end of each).
        for (TimeOperand.End end : List.of(a.begin(), a.end(), b.begin(), b.end())) {
            if (end instanceof TimeOperand.Property p) {
                column(p.name());
            }
        }
        sql.append("(");
        switch (t.op()) {
            case AFTER -> compare(a, true, ">", b, false);
            case BEFORE -> compare(a, false, "<", b, true);
            case T_EQUALS -> {
                compare(a, true, "=", b, true);
                sql.append(" AND ");
                compare(a, false, "=", b, false);
            }
            case ANY_INTERACTS -> {
                compare(a, true, "<=", b, false);
                sql.append(" AND ");
                compare(a, false, ">=", b, true);
            }
            case T_CONTAINS -> {
                compare(a, true, "<", b, true);
                sql.append(" AND ");
                compare(b, false, "<", a, false);
            }
            case DURING -> {
                compare(b, true, "<", a, true);
                sql.append(" AND ");
                compare(a, false, "<", b, false);
            }
            case ENDED_BY -> {
                compare(a, true, "<", b, true);
                sql.append(" AND ");
                compare(a, false, "=", b, false);
            }
            case ENDS -> {
                compare(b, true, "<", a, true);
                sql.append(" AND ");
                compare(a, false, "=", b, false);
            }
            case MEETS -> compare(a, false, "=", b, true);
            case MET_BY -> compare(a, true, "=", b, false);
            case T_OVERLAPS -> {
                compare(a, true, "<", b, true);
                sql.append(" AND ");
                compare(b, true, "<", a, false);
                sql.append(" AND ");
                compare(a, false, "<", b, false);
            }
            case OVERLAPPED_BY -> {
                compare(b, true, "<", a, true);
                sql.append(" AND ");
                compare(a, true, "<", b, false);
                sql.append(" AND ");
                compare(b, false, "<", a, false);
            }
            case BEGINS -> {
                compare(a, true, "=", b, true);
                sql.append(" AND ");
                compare(a, false, "<", b, false);
            }
            case BEGUN_BY -> {
                compare(a, true, "=", b, true);
                sql.append(" AND ");
                compare(b, false, "<", a, false);
            }
        }
        sql.append(")");
    }

    /** {@code left}'s begin or end, op, {@code right}'s begin or end. */
    private void compare(TimeOperand left, boolean leftBegin, String op, TimeOperand right, boolean rightBegin) {
        end(left, leftBegin);
        sql.append(" " + op + " ");
        end(right, rightBegin);
    }

    /**
     * One end as SQL: a literal bound as a timestamp, '..' as PostgreSQL's infinity, a property as its column. A
     * property that is an end of an INTERVAL and has no value is an open end (the lifespan of a version in force);
     * a property compared as an instant stays null, and the predicate with it is unknown, so not selected.
     */
    private void end(TimeOperand operand, boolean isBegin) {
        TimeOperand.End end = isBegin ? operand.begin() : operand.end();
        if (end instanceof TimeOperand.At at) {
            sql.append("CAST(? AS timestamptz)", Source.ts(at.instant()));
        } else if (end instanceof TimeOperand.Open) {
            sql.append(isBegin ? "'-infinity'::timestamptz" : "'infinity'::timestamptz");
        } else if (end instanceof TimeOperand.Property p) {
            String column = column(p.name());
            sql.append(operand.interval() ? "COALESCE(" + column + ", '" + (isBegin ? "-" : "") + "infinity'::timestamptz)" : column);
        }
    }

    /** The column of a date-time property; inside an interval it is written with its open end. */
    private String column(String name) {
        FeatureProperty p = property(name);
        if (p.type() != PropertyType.DATE_TIME) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, p.name(),
                    "Phép so sánh thời gian cần một thuộc tính ngày giờ; '" + p.name() + "' không phải. Thuộc tính ngày giờ: " + dateTimes(),
                    "a temporal predicate needs a date-time property; '" + p.name() + "' is not one. Date-time properties: " + dateTimes());
        }
        return Identifiers.column(p.column());
    }

    private String dateTimes() {
        return type.properties().stream().filter(p -> p.type() == PropertyType.DATE_TIME).map(FeatureProperty::name)
                .collect(Collectors.joining(", "));
    }

    FeatureProperty property(String name) {
        return Properties.of(type, name);
    }

    private FeatureProperty nonGeometry(String name) {
        FeatureProperty p = property(name);
        if (p.isGeometry()) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, name,
                    "Thuộc tính hình thể '" + name + "' chỉ dùng được trong phép so sánh không gian",
                    "the geometry property '" + name + "' can only be used in a spatial predicate");
        }
        return p;
    }

    private FeatureProperty geometry(String name) {
        // Spatial predicates may leave the property out (CQL2 and FES allow the default geometry).
        FeatureProperty p = name == null || name.isEmpty() ? type.geometry() : property(name);
        if (!p.isGeometry()) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, name,
                    "Phép so sánh không gian cần thuộc tính hình thể '" + type.geometry().name() + "', không phải '" + name + "'",
                    "a spatial predicate needs the geometry property '" + type.geometry().name() + "', not '" + name + "'");
        }
        return p;
    }
}
