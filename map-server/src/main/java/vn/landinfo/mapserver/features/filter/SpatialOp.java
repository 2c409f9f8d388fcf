package vn.landinfo.mapserver.features.filter;

/** The binary spatial operators of FES 2.0 and CQL2 (BBOX is an Intersects with an envelope). */
public enum SpatialOp {
    BBOX, INTERSECTS, DISJOINT, CONTAINS, WITHIN, TOUCHES, OVERLAPS, CROSSES, EQUALS;

    /**
     * The relation seen from the other side, for a geometry written before the property: a literal WITHIN the
     * property means the property CONTAINS it; the other relations are symmetric.
     */
    public SpatialOp converse() {
        return switch (this) {
            case WITHIN -> CONTAINS;
            case CONTAINS -> WITHIN;
            default -> this;
        };
    }
}
