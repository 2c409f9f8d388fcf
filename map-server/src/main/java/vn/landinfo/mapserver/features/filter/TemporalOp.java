package vn.landinfo.mapserver.features.filter;

/**
 * The temporal operators served (FES 2.0 temporal operators and CQL2 T_*). An instant literal has
 * {@code begin == end}; a period literal has begin before end.
 */
public enum TemporalOp {
    AFTER, BEFORE, BEGINS, BEGUN_BY, T_CONTAINS, DURING, ENDED_BY, ENDS, T_EQUALS, MEETS, MET_BY, T_OVERLAPS, OVERLAPPED_BY,
    ANY_INTERACTS;

    /**
     * The relation seen from the other side, for a time written before the property: a literal BEFORE the property
     * is the property AFTER it, a literal DURING it the property T_CONTAINS it. FES and CQL2 readers both turn to this.
     */
    public TemporalOp converse() {
        return switch (this) {
            case AFTER -> BEFORE;
            case BEFORE -> AFTER;
            case BEGINS -> BEGUN_BY;
            case BEGUN_BY -> BEGINS;
            case T_CONTAINS -> DURING;
            case DURING -> T_CONTAINS;
            case ENDS -> ENDED_BY;
            case ENDED_BY -> ENDS;
            case MEETS -> MET_BY;
            case MET_BY -> MEETS;
            case T_OVERLAPS -> OVERLAPPED_BY;
            case OVERLAPPED_BY -> T_OVERLAPS;
            case T_EQUALS, ANY_INTERACTS -> this;
        };
    }
}
