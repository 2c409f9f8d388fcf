package vn.landinfo.mapserver.features.filter;

/** The binary spatial operators of FES 2.0 and CQL2 (BBOX is an Intersects with an envelope). */
public enum SpatialOp {
    BBOX, INTERSECTS, DISJOINT, CONTAINS, WITHIN, TOUCHES, OVERLAPS, CROSSES, EQUALS
}
