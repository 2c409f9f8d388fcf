package vn.landinfo.mapserver.tiles;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.landinfo.mapserver.catalog.Audience;
import vn.landinfo.mapserver.catalog.LayerCatalogue;
import vn.landinfo.mapserver.ogc.OgcResponse;

/**
 * The vector tile endpoint: tiles, TileJSON, the cache and the feed that keeps the cache true. The web
 * module hands requests here and writes the answer; refusals become RFC 9457 problem+json.
 */
public final class VectorTileService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(VectorTileService.class);

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

    public OgcResponse tile(String layer, String z, String x, String y, String ifNoneMatch) {
        try {
            return tile.handle(layer, z, x, y, ifNoneMatch);
        } catch (TileException e) {
            return problem(e);
        } catch (RuntimeException e) {
            LOG.error("tile request {}/{}/{}/{} failed: {}", layer, z, x, y, e.toString(), e);
            return problem(500, "urn:landinfo:problem:internal-error", "Lỗi hệ thống / Internal error",
                    "Lỗi hệ thống; không tạo được ô bản đồ, vui lòng thử lại sau. / Internal error; the tile could not be made, please try again later.");
        }
    }

    /** @param baseUrl scheme, host and context path as the client reached the service */
    public OgcResponse tileJson(String layer, String baseUrl) {
        try {
            return tileJson.handle(layers.require(layer), baseUrl);
        } catch (TileException e) {
            return problem(e);
        }
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

    private static OgcResponse problem(TileException e) {
        return problem(e.status(), e.type(), e.title(), e.getMessage());
    }

    private static OgcResponse problem(int status, String type, String title, String detail) {
        return OgcResponse.problem(status, type, title, detail).withHeader("Access-Control-Allow-Origin", "*");
    }

    @Override
    public void close() {
        invalidator.close();
    }
}
