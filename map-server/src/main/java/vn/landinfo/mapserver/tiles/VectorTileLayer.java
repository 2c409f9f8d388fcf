package vn.landinfo.mapserver.tiles;

import java.util.Map;
import vn.landinfo.mapserver.catalog.PublishedLayer;
import vn.landinfo.mapserver.catalog.ZoomRange;

/**
 * A published layer served as Mapbox Vector Tiles: the catalogue's layer (name, titles, zoom range,
 * attributes, cache lifetime) with one constant SQL statement (the same text every time, so the driver
 * prepares it once per connection and PostgreSQL plans it once).
 *
 * @param published   the catalogue's layer; it must be cut into tiles ({@link PublishedLayer#tiles()})
 * @param rowsSql     the features of one tile: a SELECT over the view and the envelope row {@code e}
 *                    ({@code e.z} the zoom; {@code e.env} the tile, {@code e.buf} the tile with the
 *                    selection margin, {@code e.clip} the tile with its whole buffer, all EPSG:3857;
 *                    {@code e.buf4326} the selection box in WGS 84; {@code e.unit} one tile unit in
 *                    metres; {@code e.scale}, {@code e.x0}, {@code e.y1} the affine map into tile units),
 *                    returning the attributes and {@code geom} in tile units, valid and with exterior
 *                    rings of positive area (ST_AsMVTGeom does all that); no ORDER BY or LIMIT
 * @param orderBy     a stable order, so the same data gives the same bytes and the same ETag on every
 *                    instance (docs/decisions/0017-tile-cache-invalidation-across-instances.md): the index's
 *                    order is not enough, a parallel plan or a
 *                    rebuilt index reorders rows; or null for none
 * @param featureId   the integer column that becomes the MVT feature id, or null
 */
public record VectorTileLayer(PublishedLayer published, String rowsSql, String orderBy, String featureId) {

    /** Tile extent in MVT units and the buffer around it (64/4096: no seams where polygons cross tile edges). */
    public static final int EXTENT = 4096;
    public static final int BUFFER = 64;
    /**
     * Features are chosen by the tile grown by half a display pixel (8 units at 256 px), then cut with
     * the whole buffer: a parcel crossing the edge runs on into the buffer, as it must for seamless fills
     * and outlines, but a parcel lying wholly beyond the edge is not sent — renderers clip every tile to
     * its own square, so it could never show there. That is what MapServer does too (EDGE_BUFFER), and on
     * a dense z17 tile it is 5 % fewer features to cut and encode.
     */
    public static final int SELECTION_MARGIN = 8;

    public VectorTileLayer {
        if (published.tiles().isEmpty()) {
            throw new IllegalArgumentException("layer " + published.layerName() + " is not cut into tiles");
        }
    }

    public String name() {
        return published.layerName();
    }

    public String title() {
        return published.title();
    }

    public String description() {
        return published.abstractText();
    }

    public int minZoom() {
        return zooms().min();
    }

    public int maxZoom() {
        return zooms().max();
    }

    /** Cache-Control max-age: 0 for layers officers edit all day, longer for administrative units. */
    public int maxAgeSeconds() {
        return zooms().maxAgeSeconds();
    }

    /** Attribute name → TileJSON type ("Number", "String"), in the order the tiles carry them. */
    public Map<String, String> fields() {
        return published.attributes();
    }

    private ZoomRange zooms() {
        return published.tiles().orElseThrow();
    }

    /**
     * The whole statement: the tile's envelope row, the layer's rows in a stable order with a bound limit,
     * and ST_AsMVT over them. Parameters: z, x, y, selection margin fraction, feature limit. The envelope
     * row is MATERIALIZED: inlined, PostgreSQL would pull its expressions up into every feature's row and
     * compute the tile envelope, its buffer and the scale again for each parcel (a quarter of a z17 tile's
     * time), where they are needed once.
     */
    public String sql() {
        return "WITH e AS MATERIALIZED (SELECT z, env, buf, ST_Transform(buf, 4326) AS buf4326, ST_Expand(env, w * " + BUFFER + " / " + EXTENT + ".0) AS clip,"
                + " w / " + EXTENT + ".0 AS unit, " + EXTENT + " / w AS scale, ST_XMin(env) AS x0, ST_YMax(env) AS y1"
                + " FROM (SELECT z, env, w, ST_Expand(env, w * margin) AS buf"
                + " FROM (SELECT z, env, ST_XMax(env) - ST_XMin(env) AS w, margin"
                + " FROM (SELECT ?::int AS z, ST_TileEnvelope(?, ?, ?) AS env, ?::float8 AS margin) p) w) b) "
                + "SELECT ST_AsMVT(t, '" + name() + "', " + EXTENT + ", 'geom'" + (featureId == null ? "" : ", '" + featureId + "'") + ") "
                + "FROM (" + rowsSql + (orderBy == null ? "" : " ORDER BY " + orderBy) + " LIMIT ?) t";
    }

    /** The buffer as a fraction of the tile's width. */
    public static double bufferFraction() {
        return (double) BUFFER / EXTENT;
    }

    /** The selection margin as a fraction of the tile's width. */
    public static double selectionFraction() {
        return (double) SELECTION_MARGIN / EXTENT;
    }
}
