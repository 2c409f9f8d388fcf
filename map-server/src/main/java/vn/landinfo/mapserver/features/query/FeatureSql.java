package vn.landinfo.mapserver.features.query;

import java.util.ArrayList;
import java.util.List;
import vn.landinfo.mapserver.crs.MapCrs;
import vn.landinfo.mapserver.features.FeatureProperty;
import vn.landinfo.mapserver.features.FeatureType;
import vn.landinfo.mapserver.features.filter.Filter;
import vn.landinfo.mapserver.ogc.OgcException;
import vn.landinfo.mapserver.sql.Sql;

/**
 * Compiles a {@link FeatureQuery} into SQL with bound values (docs/decisions/0171-features-sql-compiler-history-and-paging.md):
 * property names are checked against the feature type (an unknown one is an {@code InvalidParameterValue} with the
 * name as locator), literals are parsed into the property's type (a bad number, date or boolean is a 400, never a
 * database error), the register time picks the view of current features or the history view, and pages follow a
 * stable order (sort keys, then the id column, then the version). PostGIS reprojects the geometry to the output
 * CRS and encodes it. Pure functions: no database, no state.
 */
public final class FeatureSql {

    /**
     * Decimals written in degrees (9: about 0.1 mm) and in metres (3: 1 mm), as the design's tolerance asks: a
     * desktop client writes back every vertex as it read it, so a round trip must move nothing it did not edit
     * (docs/architecture.md, Tolerances; decision 0206).
     */
    static final int DEGREE_DECIMALS = 9;
    static final int METRE_DECIMALS = 3;

    private FeatureSql() {
    }

    /**
     * The statement for one page of features ({@code OFFSET startIndex LIMIT count}, both bound; a null count
     * writes no LIMIT — services put their default or maximum first; only exports read unbounded).
     *
     * @throws OgcException for an unknown property, a bad literal, a geometry sort key, a negative start index or
     *                      count, or a past register time on a type without history
     */
    public static FeatureStatement page(FeatureQuery query, GeometryEncoding encoding) {
        FeatureType type = query.type();
        Source source = Source.of(type, query.when(), query.filter());
        List<FeatureProperty> selected = new ArrayList<>();
        boolean geometry = select(query, encoding, selected);
        List<String> order = order(query, source);
        if (query.startIndex() < 0) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "startIndex", "startIndex phải ≥ 0", "startIndex must be ≥ 0");
        }
        if (query.count() != null && query.count() < 0) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "count", "Số đối tượng phải ≥ 0", "the count must be ≥ 0");
        }

        Sql sql = new Sql();
        sql.append("SELECT " + Identifiers.column(type.idColumn()) + "::text AS fid, ")
                .append(source.versioned() ? "f.\"version\"" : "NULL::integer").append(" AS fversion, ")
                .append(geometry ? geometryExpression(type, query.outputCrs(), query.axesSwapped(), encoding) : "NULL::text")
                .append(" AS fgeom");
        for (int i = 0; i < selected.size(); i++) {
            sql.append(", " + Identifiers.column(selected.get(i).column()) + " AS p" + i);
        }
        sql.append(" FROM " + source.relation() + " f WHERE ");
        where(sql, type, source, query);
        after(sql, query, source);
        if (!unpagedExport(query)) {
            sql.append(" ORDER BY " + String.join(", ", order));
        }
        limit(sql, query);
        return new FeatureStatement(sql, type, selected, geometry, encoding, source.versioned());
    }

    /**
     * Where the page ends, before it is written: one row with the last feature's id (text) and version (null for the
     * current register) and the number of features on the page; no row when the page is empty. For answers that name
     * the next page before their features (WFS 2.0 GML's {@code next} attribute) — decision 0188.
     */
    public static Sql pageEnd(FeatureQuery query) {
        FeatureType type = query.type();
        Source source = Source.of(type, query.when(), query.filter());
        List<String> order = order(query, source);
        Sql sql = new Sql().append("SELECT p.fid, p.fversion, p.n FROM (SELECT " + Identifiers.column(type.idColumn()) + "::text AS fid, ")
                .append(source.versioned() ? "f.\"version\"" : "NULL::integer").append(" AS fversion, count(*) OVER () AS n, ")
                .append("row_number() OVER (ORDER BY " + String.join(", ", order) + ") AS rn FROM (SELECT * FROM " + source.relation() + " f WHERE ");
        where(sql, type, source, query);
        after(sql, query, source);
        sql.append(" ORDER BY " + String.join(", ", order));
        limit(sql, query);
        return sql.append(") f) p ORDER BY p.rn DESC LIMIT 1");
    }

    /** A walk's next page: the features after the last key of the previous one, in the stable order (decision 0188). */
    private static void after(Sql sql, FeatureQuery query, Source source) {
        PageKey key = query.after();
        if (key == null) {
            return;
        }
        if (!query.sortBy().isEmpty()) {
            throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, "after",
                    "Không dùng được 'after' cùng với sắp xếp; hãy lật trang bằng startIndex/offset",
                    "'after' cannot be combined with sort keys; page with startIndex/offset instead");
        }
        String id = Identifiers.column(query.type().idColumn());
        if (source.versioned() && key.version() != null) {
            sql.append(" AND (" + id + " > ? OR (" + id + " = ? AND f.\"version\" > ?))", key.id(), key.id(), key.version());
        } else {
            sql.append(" AND " + id + " > ?", key.id());
        }
    }

    /** OFFSET (unless the page starts after a key) and LIMIT, both bound. */
    private static void limit(Sql sql, FeatureQuery query) {
        if (query.after() == null && query.startIndex() > 0) {
            sql.append(" OFFSET ?", query.startIndex());
        }
        if (query.count() != null) {
            sql.append(" LIMIT ?", query.count().longValue());
        }
    }

    /**
     * Compiles a client's filter against the feature type without running it, so that a service refuses a filter that
     * names no property of the type, or holds a value of the wrong type, before any answer starts — located at the
     * request's filter parameter ({@code locator}): the property the compiler names is no parameter of the request
     * (docs/decisions/0197-bad-input-matrix-for-wfs-and-ogc-api.md). The message, naming the property, is kept.
     */
    public static void checkFilter(FeatureType type, Filter filter, String locator) {
        try {
            new FilterSql(type, Source.of(type, new RegisterTime.Current(), filter), new Sql()).write(filter);
        } catch (OgcException e) {
            throw OgcException.worded(e.code(), locator, e.getMessage());
        }
    }

    /**
     * An export read whole in one statement (no count, no start index, no sort keys) needs no order: one statement in
     * one snapshot returns every feature exactly once, and without ORDER BY PostgreSQL sends the first row at once
     * instead of after sorting a whole province (docs/decisions/0190-exports-stream-flatgeobuf-and-the-export-command.md).
     * Pages keep the stable order, since a walk of several statements needs it.
     */
    static boolean unpagedExport(FeatureQuery query) {
        return query.count() == null && query.startIndex() == 0 && query.sortBy().isEmpty() && query.after() == null;
    }

    /** {@code SELECT count(*)} of everything the query's filter and register time select (numberMatched). */
    public static Sql hits(FeatureQuery query) {
        Source source = Source.of(query.type(), query.when(), query.filter());
        Sql sql = new Sql().append("SELECT count(*) FROM " + source.relation() + " f WHERE ");
        where(sql, query.type(), source, query);
        return sql;
    }

    /**
     * {@code SELECT count(*)} of at most {@code limit} of the features the query selects: whether more match than an
     * answer may hold, without counting a whole province to learn it.
     */
    public static Sql hitsUpTo(FeatureQuery query, long limit) {
        Source source = Source.of(query.type(), query.when(), query.filter());
        Sql sql = new Sql().append("SELECT count(*) FROM (SELECT 1 FROM " + source.relation() + " f WHERE ");
        where(sql, query.type(), source, query);
        return sql.append(" LIMIT ?) t", limit);
    }

    private static void where(Sql sql, FeatureType type, Source source, FeatureQuery query) {
        sql.append("(");
        source.timeCondition(sql, type);
        sql.append(") AND (");
        new FilterSql(type, source, sql).write(query.filter());
        sql.append(")");
    }

    /** Fills the selected non-geometry properties in the type's order; answers whether the geometry is selected. */
    private static boolean select(FeatureQuery query, GeometryEncoding encoding, List<FeatureProperty> selected) {
        FeatureType type = query.type();
        List<FeatureProperty> named = query.properties().stream().map(n -> Properties.of(type, n)).toList();
        for (FeatureProperty p : type.properties()) {
            if (named.isEmpty() || named.contains(p)) {
                selected.add(p);
            }
        }
        if (encoding == GeometryEncoding.NONE) {
            return false;
        }
        // GeoJSON has a place for the geometry in every feature: it is kept (FeatureQuery's contract).
        // FlatGeobuf too: every feature has a geometry slot, and a file without geometry is no use to a GIS.
        return named.isEmpty() || named.contains(type.geometry()) || encoding == GeometryEncoding.GEOJSON
                || encoding == GeometryEncoding.WKB;
    }

    private static List<String> order(FeatureQuery query, Source source) {
        List<String> order = new ArrayList<>();
        for (SortKey key : query.sortBy()) {
            FeatureProperty p = Properties.of(query.type(), key.property());
            if (p.isGeometry()) {
                throw new OgcException(OgcException.INVALID_PARAMETER_VALUE, key.property(),
                        "Không sắp xếp được theo hình thể '" + key.property() + "'", "features cannot be sorted by the geometry '" + key.property() + "'");
            }
            order.add(Identifiers.column(p.column()) + (key.ascending() ? " ASC" : " DESC"));
        }
        // The stable tiebreak: every page of a walk sees each feature (version) exactly once.
        order.add(Identifiers.column(query.type().idColumn()));
        if (source.versioned()) {
            order.add("f.\"version\"");
        }
        return order;
    }

    /** The geometry reprojected, axis-flipped if asked, and encoded by PostGIS. */
    static String geometryExpression(FeatureType type, MapCrs crs, boolean axesSwapped, GeometryEncoding encoding) {
        String g = Identifiers.column(type.geometry().column());
        int srid = crs == null ? 4326 : crs.srid();
        if (srid != 4326) {
            g = "ST_Transform(" + g + ", " + srid + ")";
        }
        if (axesSwapped && encoding != GeometryEncoding.WKB) {
            g = "ST_FlipCoordinates(" + g + ")";
        }
        int decimals = crs == null || crs.geographic() ? DEGREE_DECIMALS : METRE_DECIMALS;
        // GML as DescribeFeatureType declares it: a multi-polygon for every feature type (a map sheet's extent is a
        // Polygon in its view), so the element is the same for every feature of a type.
        String multi = "ST_Multi(" + g + ")";
        return switch (encoding) {
            // Option 0: no bbox, no crs member (RFC 7946; OGC API says the CRS in Content-Crs).
            case GEOJSON -> "ST_AsGeoJSON(" + g + ", " + decimals + ", 0)";
            case GML2 -> "ST_AsGML(2, " + multi + ", " + decimals + ", 0)";
            // Option 2: no srsDimension. The encoder puts the client's srsName on the geometry.
            case GML31 -> "ST_AsGML(3, " + multi + ", " + decimals + ", 2)";
            // gml:id 'g' on every geometry element; the encoder makes each id unique per feature.
            case GML32 -> "ST_AsGML(3, " + multi + ", " + decimals + ", 2, 'gml', 'g')";
            // Full precision, little-endian; every feature type's geometry is polygonal, so one MultiPolygon type per file.
            case WKB -> "ST_AsBinary(ST_Multi(" + g + "), 'NDR')";
            case NONE -> "NULL::text";
        };
    }
}
