package vn.landinfo.mapserver.wfs.filter;

import org.w3c.dom.Element;
import vn.landinfo.mapserver.ogc.OgcException;

/**
 * The state of reading one filter: the dialect, the CRS of geometries that name none, and the budgets a hostile
 * or runaway filter runs into before it costs anything (docs/decisions/0177-fes-filters-parsed-into-the-shared-tree.md).
 */
final class Reading {

    /** Logical operators nested in one another (And in Or in Not …): deeper is no real query. */
    static final int MAX_LOGICAL_DEPTH = 32;
    /** Feature ids in one filter (ResourceId, GmlObjectId, FeatureId together). */
    static final int MAX_IDS = 10_000;
    /** Predicates in one filter: room for a QGIS selection of thousands of values as an Or of equalities. */
    static final int MAX_PREDICATES = 20_000;
    /** Positions in one geometry of the filter. */
    static final int MAX_COORDINATES = 100_000;

    final FilterVersion version;
    final String defaultSrsName;
    private int ids;
    private int predicates;

    Reading(FilterVersion version, String defaultSrsName) {
        this.version = version;
        this.defaultSrsName = defaultSrsName;
    }

    OgcException fail(Element where, String vi, String en) {
        return FilterErrors.at(version, where == null ? "Filter" : Dom.shown(where), vi, en);
    }

    void countPredicate(Element where) {
        if (++predicates > MAX_PREDICATES) {
            throw fail(where, "bộ lọc có quá " + MAX_PREDICATES + " điều kiện",
                    "the filter has more than " + MAX_PREDICATES + " predicates");
        }
    }

    void countId(Element where) {
        if (++ids > MAX_IDS) {
            throw fail(where, "bộ lọc có quá " + MAX_IDS + " mã đối tượng", "the filter has more than " + MAX_IDS + " feature ids");
        }
    }
}
