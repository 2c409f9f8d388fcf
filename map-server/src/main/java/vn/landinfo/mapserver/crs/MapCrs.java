package vn.landinfo.mapserver.crs;

/**
 * A coordinate reference system a map can be requested in.
 *
 * @param code          the identifier clients send (EPSG:4326, CRS:84, ...)
 * @param srid          the PostGIS SRID that does the work
 * @param geographic    degrees rather than metres (matters for the scale denominator)
 * @param latitudeFirst EPSG's own axis order is latitude, longitude: WMS 1.3.0 honours it in BBOX,
 *                      1.1.1 and CRS:84 are always x = longitude (docs/architecture.md#geodesy, axis order)
 * @param title         a human name for capabilities and errors
 */
public record MapCrs(String code, int srid, boolean geographic, boolean latitudeFirst, String title) {

    /** Metres per degree on the WGS 84 equator: the OGC convention for scales of geographic maps. */
    public static final double METRES_PER_DEGREE = 6378137.0 * 2 * Math.PI / 360.0;

    public double metresPerUnit() {
        return geographic ? METRES_PER_DEGREE : 1.0;
    }
}
