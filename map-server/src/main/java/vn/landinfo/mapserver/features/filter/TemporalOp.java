package vn.landinfo.mapserver.features.filter;

/**
 * The temporal operators served (FES 2.0 temporal operators and CQL2 T_*). An instant literal has
 * {@code begin == end}; a period literal has begin before end.
 */
public enum TemporalOp {
    AFTER, BEFORE, BEGINS, BEGUN_BY, T_CONTAINS, DURING, ENDED_BY, ENDS, T_EQUALS, MEETS, MET_BY, T_OVERLAPS, OVERLAPPED_BY,
    ANY_INTERACTS
}
