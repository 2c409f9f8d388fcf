package vn.landinfo.mapserver.features.query;

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

    private FeatureSql() {
    }

    /**
     * The statement for one page of features ({@code OFFSET startIndex LIMIT count}, both bound; a null count
     * writes no LIMIT — services put their default or maximum first; only exports read unbounded).
     *
     * @throws vn.landinfo.mapserver.ogc.OgcException for an unknown property, a bad literal, a geometry sort key,
     *                                                or a past register time on a type without history
     */
    public static FeatureStatement page(FeatureQuery query, GeometryEncoding encoding) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@code SELECT count(*)} of everything the query's filter and register time select (numberMatched). */
    public static Sql hits(FeatureQuery query) {
        throw new UnsupportedOperationException("not yet");
    }
}
