package vn.landinfo.mapserver.catalog;

/**
 * Where a layer's data lies, read from a small table instead of the layer itself: parcels and their
 * restrictions lie within the map sheets, administrative units within the provinces.
 */
public enum ExtentSource {
    MAP_SHEETS,
    PROVINCES
}
