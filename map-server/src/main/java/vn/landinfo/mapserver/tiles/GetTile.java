package vn.landinfo.mapserver.tiles;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * GET /tiles/{layer}/{z}/{x}/{y}.mvt: the tile from the cache or cut by PostGIS, with its ETag; 304 when
 * the client's copy is current, 204 when the tile holds nothing (MapLibre, OpenLayers and Leaflet
 * plugins treat that as an empty tile), 404 outside the layer's zoom range.
 */
final class GetTile {

    static final String MEDIA_TYPE = "application/vnd.mapbox-vector-tile";

    private final VectorTileLayers layers;
    private final TileSource source;
    private final TileCache cache;

    GetTile(VectorTileLayers layers, TileSource source, TileCache cache) {
        this.layers = layers;
        this.source = source;
        this.cache = cache;
    }

    OgcResponse handle(String layerName, String z, String x, String y, String ifNoneMatch) {
        VectorTileLayer layer = layers.require(layerName);
        TileAddress a = TileAddress.parse(z, x, y);
        if (a.z() < layer.minZoom() || a.z() > layer.maxZoom()) {
            throw TileException.notFound("z", "Lớp " + layer.name() + " có ô bản đồ từ mức thu phóng " + layer.minZoom() + " đến " + layer.maxZoom()
                    + ", không có mức " + a.z() + " (ứng dụng vẽ các mức lớn hơn từ ô ở mức " + layer.maxZoom() + "; xem /tiles/" + layer.name() + ".json)",
                    "layer " + layer.name() + " has tiles from zoom " + layer.minZoom() + " to " + layer.maxZoom() + ", not " + a.z()
                    + " (clients draw larger zooms from the zoom " + layer.maxZoom() + " tiles; see /tiles/" + layer.name() + ".json)");
        }
        Tile tile = cache.get(layer.name(), a);
        if (tile == null) {
            long generation = cache.generation();
            tile = Tile.of(source.cut(layer, a));
            cache.put(layer.name(), a, tile, generation);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ETag", tile.etag());
        headers.put("Cache-Control", layer.maxAgeSeconds() == 0 ? "public, no-cache" : "public, max-age=" + layer.maxAgeSeconds());
        headers.put("Access-Control-Allow-Origin", "*");
        headers.put("Access-Control-Expose-Headers", "ETag");
        if (matches(ifNoneMatch, tile.etag())) {
            return new OgcResponse(304, MEDIA_TYPE, new byte[0], headers);
        }
        return new OgcResponse(tile.empty() ? 204 : 200, MEDIA_TYPE, tile.mvt(), headers);
    }

    /** If-None-Match: "*" or a list of tags, weak ones compared weakly (RFC 9110 §13.1.2). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.startsWith("W/")) {
                c = c.substring(2);
            }
            if (c.equals("*") || c.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
