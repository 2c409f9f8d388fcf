package vn.landinfo.mapserver.tiles;

import javax.sql.DataSource;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.catalog.LayerCatalogue;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * The vector tile endpoint: tiles, TileJSON, the cache and the feed that keeps the cache true. The web
 * module hands requests here and writes the answer; a refusal is a {@link TileException}, which the web
 * layer answers as RFC 9457 problem+json.
 */
public final class VectorTileService implements AutoCloseable {

    private final VectorTileLayers layers;
    private final TileCache cache;
    private final GetTile tile;
    private final GetTileJson tileJson;
    private final TileInvalidator invalidator;

    /** The public tiles: anonymous callers, so only the catalogue's public layers exist here. */
    public VectorTileService(DataSource dataSource, TileSettings settings) {
        this.layers = VectorTileLayers.of(LayerCatalogue.standard().visibleTo(Audience.PUBLIC));
        this.cache = new TileCache(settings.cacheBytes());
        this.tile = new GetTile(layers, new TileSource(dataSource, settings), cache);
        this.tileJson = new GetTileJson(dataSource);
        this.invalidator = new TileInvalidator(dataSource, cache, settings.pollInterval()).start();
    }

    /**
     * A tile, 204 when empty, 304 when the client's tag still holds.
     *
     * @throws TileException when the address is wrong or the tile cannot be made; the web layer answers it
     *                       as a problem
     */
    public OgcResponse tile(String layer, String z, String x, String y, String ifNoneMatch) {
        try {
            return tile.handle(layer, z, x, y, ifNoneMatch);
        } catch (TileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw TileException.internal(e);
        }
    }

    /**
     * @param baseUrl scheme, host and context path as the client reached the service
     * @throws TileException for a layer that has no tiles
     */
    public OgcResponse tileJson(String layer, String baseUrl) {
        return tileJson.handle(layers.require(layer), baseUrl);
    }

    public VectorTileLayers layers() {
        return layers;
    }

    public TileCache.Stats cacheStats() {
        return cache.stats();
    }

    /** The last register event this instance has applied to its cache. */
    public long lastAppliedEvent() {
        return invalidator.highestApplied();
    }

    @Override
    public void close() {
        invalidator.close();
    }
}
