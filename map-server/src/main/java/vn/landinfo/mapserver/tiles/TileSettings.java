package vn.landinfo.mapserver.tiles;

import java.time.Duration;

/**
 * Bounds of the vector tile service.
 *
 * @param cacheBytes       in-process tile cache budget (0 turns the cache off)
 * @param maxFeatures      most features one tile carries (a safety net: the zoom ranges keep tiles far below it)
 * @param statementTimeout longest one tile's query may run before the client gets 503
 * @param pollInterval     how often the invalidation feed reads the outbox when no NOTIFY arrives
 */
public record TileSettings(long cacheBytes, int maxFeatures, Duration statementTimeout, Duration pollInterval) {

    public static TileSettings defaults() {
        return new TileSettings(128L << 20, 50_000, Duration.ofSeconds(10), Duration.ofSeconds(2));
    }
}
