package vn.landinfo.web.ops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.cache.CacheMeterBinder;
import java.util.function.ToDoubleFunction;
import vn.landinfo.mapserver.tiles.TileCache;
import vn.landinfo.mapserver.tiles.VectorTileService;

/**
 * The vector tile cache under Micrometer's standard cache names ({@code cache.gets{result=hit|miss}},
 * {@code cache.puts}, {@code cache.evictions}, {@code cache.size}, tag {@code cache=tiles}), so an existing
 * cache dashboard reads it, plus its bytes and the tiles evicted by committed changes. map-server has no
 * framework: it keeps plain counters ({@link TileCache.Stats}) and this binds them.
 */
final class TileCacheMetrics extends CacheMeterBinder<VectorTileService> {

    TileCacheMetrics(VectorTileService tiles) {
        super(tiles, "tiles", Tags.empty());
    }

    private TileCache.Stats stats() {
        VectorTileService tiles = getCache();
        return tiles == null ? new TileCache.Stats(0, 0, 0, 0, 0, 0, 0, 0) : tiles.cacheStats();
    }

    @Override
    protected Long size() {
        return (long) stats().tiles();
    }

    @Override
    protected long hitCount() {
        return stats().hits();
    }

    @Override
    protected Long missCount() {
        return stats().misses();
    }

    /** Tiles dropped for want of room; those a committed change made stale are {@code cache.invalidations}. */
    @Override
    protected Long evictionCount() {
        return stats().evictions();
    }

    @Override
    protected long putCount() {
        return stats().puts();
    }

    @Override
    protected void bindImplementationSpecificMetrics(MeterRegistry registry) {
        Gauge.builder("cache.bytes", this, m -> m.stats().bytes())
                .tags(getTagsWithCacheName()).baseUnit(BaseUnits.BYTES)
                .description("Bytes of the tiles held").register(registry);
        counter(registry, "cache.invalidations", m -> m.stats().invalidations(),
                "Tiles evicted because a committed change touched them");
        counter(registry, "cache.changes.applied", m -> m.stats().changesApplied(),
                "Register changes applied to the cache from the outbox");
    }

    private void counter(MeterRegistry registry, String name, ToDoubleFunction<TileCacheMetrics> value, String description) {
        FunctionCounter.builder(name, this, value).tags(getTagsWithCacheName()).description(description).register(registry);
    }
}
