package vn.landinfo.mapserver.features.filter;

public enum DistanceOp {
    DWITHIN, BEYOND
}
