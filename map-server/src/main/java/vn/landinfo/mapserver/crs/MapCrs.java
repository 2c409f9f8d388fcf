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

    /** Longitude and latitude where they exist. */
    private static final Envelope DEGREES = new Envelope(-180, -90, 180, 90);
    /** The Web Mercator square (EPSG:3857's x range; its y range is the same by construction). */
    private static final Envelope WEB_MERCATOR = new Envelope(-20037508.342789244, -20037508.342789244, 20037508.342789244, 20037508.342789244);
    private static final Envelope UNBOUNDED = new Envelope(Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY);

    /**
     * Where the CRS's coordinates mean a place on Earth. A map of a box beyond it is drawn empty (the OGC
     * conformance tests ask for that, not for an exception), and the database is asked only about the part
     * inside it. The transverse Mercator zones have no hard edge here: far outside their zone PostGIS
     * cannot reproject, and FeatureSource then draws nothing.
     */
    public Envelope validArea() {
        if (geographic) {
            return DEGREES;
        }
        return srid == 3857 ? WEB_MERCATOR : UNBOUNDED;
    }

    public double metresPerUnit() {
        return geographic ? METRES_PER_DEGREE : 1.0;
    }
}
