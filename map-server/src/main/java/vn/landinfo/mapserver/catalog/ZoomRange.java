package vn.landinfo.mapserver.catalog;

/**
 * The web-map zooms a layer is cut into vector tiles for, and how long a client may keep a tile
 * without asking again.
 *
 * @param maxAgeSeconds Cache-Control max-age: 0 for layers officers edit all day (clients revalidate
 *                      with the ETag and get 304), longer for administrative units
 */
public record ZoomRange(int min, int max, int maxAgeSeconds) {

    /** The deepest zoom a tile address may have (Web Mercator tiles of a few centimetres). */
    public static final int MAX_ZOOM = 24;

    public ZoomRange {
        if (min < 0 || max > MAX_ZOOM || min > max) {
            throw new IllegalArgumentException("zoom range " + min + "–" + max);
        }
    }

    public boolean contains(int zoom) {
        return zoom >= min && zoom <= max;
    }
}
